import type { Meta, StoryObj } from '@storybook/react-vite';
import { FocusAreaCard, Heading, KitProvider, Stack, Text } from '@ljungby/ui-components';
import '../stories.css';
import { localeControl, optionalFocusAreaControl } from '../stories-support/arg-types';
import { cardWidth, Column } from '../stories-support/column';

const meta = {
  title: 'Komponenter/KitProvider',
  tags: ['autodocs'],
  component: KitProvider,
  args: { locale: 'sv', colorScheme: 'light' },
  argTypes: {
    colorScheme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    locale: localeControl,
    focusArea: optionalFocusAreaControl,
  },
  render: (args) => (
    <KitProvider {...args}>
      <Stack gap={4}>
        <Heading level={2}>
          {args.locale === 'en' ? 'The kit inside a provider' : 'Kitet i en KitProvider'}
        </Heading>
        <Text>
          {args.locale === 'en'
            ? 'Language, scheme and accent come from the wrapper.'
            : 'Språk, färgschema och accent kommer från omslaget.'}
        </Text>
        <Column width={cardWidth}>
          <FocusAreaCard area={args.focusArea ?? 'vatten'} locale={args.locale} />
        </Column>
      </Stack>
    </KitProvider>
  ),
} satisfies Meta<typeof KitProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Light: Story = { name: 'Ljust' };
export const Dark: Story = {
  name: 'Mörkt, Sagobygden',
  args: { colorScheme: 'dark', focusArea: 'sagobygden' },
};
export const English: Story = { args: { locale: 'en', focusArea: 'unga-vuxna' } };
