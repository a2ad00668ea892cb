import type { Meta, StoryObj } from '@storybook/react-vite';
import { PartnerLine } from '@ljungby/ui-components';
import '../stories.css';
import { localeControl } from '../stories-support/arg-types';

const meta = {
  title: 'Komponenter/PartnerLine',
  tags: ['autodocs'],
  component: PartnerLine,
  args: { locale: 'sv' },
  argTypes: { locale: localeControl },
} satisfies Meta<typeof PartnerLine>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Svenska: Story = { name: 'Svenska' };
export const English: Story = { args: { locale: 'en' } };
export const WithPartner: Story = {
  name: 'Med partnerns namn',
  args: { partner: 'Sagomuseet/Sagobygden' },
};
