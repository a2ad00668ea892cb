import type { Meta, StoryObj } from '@storybook/react-vite';
import { PartnerList } from '@ljungby/ui-components';
import '../stories.css';

const meta = {
  title: 'Komponenter/PartnerList',
  tags: ['autodocs'],
  component: PartnerList,
  args: { locale: 'sv' },
  argTypes: {
    area: {
      control: 'select',
      options: [undefined, 'unga-vuxna', 'vatten', 'sagobygden', 'naringsliv'],
    },
    locale: { control: 'inline-radio', options: ['sv', 'en'] },
  },
} satisfies Meta<typeof PartnerList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const All: Story = { name: 'Alla partner' };
export const UngaVuxna: Story = { name: 'Unga vuxna', args: { area: 'unga-vuxna' } };
export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const Sagobygden: Story = { name: 'Sagobygden', args: { area: 'sagobygden' } };
export const Naringsliv: Story = { name: 'Näringsliv', args: { area: 'naringsliv', locale: 'en' } };
