import type { Meta, StoryObj } from '@storybook/react-vite';
import { focusAreaIds, locales } from '@ljungby/focus-content/ids';
import { FocusAreaCard, Stack } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/FocusAreaCard',
  tags: ['autodocs'],
  component: FocusAreaCard,
  args: { area: 'vatten', locale: 'sv', headingLevel: 3 },
  argTypes: {
    area: { control: 'select', options: focusAreaIds },
    locale: { control: 'inline-radio', options: locales },
    headingLevel: { control: 'select', options: [1, 2, 3, 4, 5, 6] },
  },
  decorators: [(Story) => <div style={{ maxInlineSize: '22rem' }}>{Story()}</div>],
} satisfies Meta<typeof FocusAreaCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const AllAreas: Story = {
  name: 'Alla fokusområden',
  render: (args) => (
    <Stack gap={5}>
      {focusAreaIds.map((id) => (
        <FocusAreaCard key={id} {...args} area={id} />
      ))}
    </Stack>
  ),
};
export const English: Story = { name: 'English', args: { area: 'sagobygden', locale: 'en' } };
export const OwnPage: Story = {
  name: 'Egen sida (”Läs mer om …”)',
  args: { area: 'vatten', href: 'https://example.org/vatten' },
};
export const WithoutIllustration: Story = {
  name: 'Utan illustration',
  args: { area: 'naringsliv', showIllustration: false },
};
