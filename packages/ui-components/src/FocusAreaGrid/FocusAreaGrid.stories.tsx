import type { Meta, StoryObj } from '@storybook/react-vite';
import { FocusAreaGrid } from '@ljungby/ui-components';
import '../stories.css';
import { localeControl } from '../stories-support/arg-types';

const meta = {
  title: 'Komponenter/FocusAreaGrid',
  tags: ['autodocs'],
  component: FocusAreaGrid,
  args: { locale: 'sv', headingLevel: 2 },
  argTypes: { locale: localeControl },
} satisfies Meta<typeof FocusAreaGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Svenska: Story = { name: 'Svenska', args: { title: 'Fyra fokusområden' } };
export const English: Story = { args: { locale: 'en', title: 'Four focus areas' } };
export const WithoutTitle: Story = { name: 'Utan rubrik' };
export const TwoAreas: Story = {
  name: 'Två områden, egna sidor',
  args: {
    areas: ['sagobygden', 'vatten'],
    hrefs: { sagobygden: 'https://example.org/sagobygden', vatten: 'https://example.org/vatten' },
  },
};
