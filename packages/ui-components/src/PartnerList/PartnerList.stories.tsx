import type { Meta, StoryObj } from '@storybook/react-vite';
import { PartnerList } from '@ljungby/ui-components';
import '../stories.css';
import { localeControl, optionalFocusAreaControl } from '../stories-support/arg-types';

const meta = {
  title: 'Komponenter/PartnerList',
  tags: ['autodocs'],
  component: PartnerList,
  args: { locale: 'sv' },
  argTypes: {
    area: optionalFocusAreaControl,
    locale: localeControl,
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
