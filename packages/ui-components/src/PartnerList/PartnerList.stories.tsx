import type { Meta, StoryObj } from '@storybook/react-vite';
import { PartnerList } from '@ljungby/ui-components';
import { focusAreaIds, locales } from '@ljungby/focus-content/ids';
import '../stories.css';

const meta = {
  title: 'Komponenter/PartnerList',
  tags: ['autodocs'],
  component: PartnerList,
  args: { locale: 'sv' },
  argTypes: {
    area: {
      control: 'select',
      options: [undefined, ...focusAreaIds],
    },
    locale: { control: 'inline-radio', options: locales },
  },
} satisfies Meta<typeof PartnerList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const All: Story = { name: 'Alla partner' };
export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const English: Story = {
  name: 'English, Näringsliv',
  args: { area: 'naringsliv', locale: 'en' },
};
