import type { Meta, StoryObj } from '@storybook/react-vite';
import '../shared/pages.css';
import { AreaContent, PartnerContent, VisionContent } from './ContentPages';

// Pages, not component demos: no props table or docs tab. `locale` is an arg so that the
// toolbar's language reaches the page (without it, the page shows both languages).
interface Args {
  locale?: 'sv' | 'en';
}

const meta: Meta<Args> = {
  title: 'Innehåll',
  id: 'innehall',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
  args: { locale: undefined },
  argTypes: { locale: { control: 'inline-radio', options: ['sv', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

export const Vision: Story = {
  name: 'Visionen / The vision',
  render: (args) => <VisionContent locale={args.locale} />,
};
export const UngaVuxna: Story = {
  name: 'Unga vuxna / Young adults',
  render: (args) => <AreaContent area="unga-vuxna" locale={args.locale} />,
};
export const Vatten: Story = {
  name: 'Vatten / Water',
  render: (args) => <AreaContent area="vatten" locale={args.locale} />,
};
export const Sagobygden: Story = {
  name: 'Sagobygden',
  render: (args) => <AreaContent area="sagobygden" locale={args.locale} />,
};
export const Naringsliv: Story = {
  name: 'Näringsliv / Business',
  render: (args) => <AreaContent area="naringsliv" locale={args.locale} />,
};
export const Partners: Story = {
  name: 'Partner / Partners',
  render: (args) => <PartnerContent locale={args.locale} />,
};
