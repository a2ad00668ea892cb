import type { Meta, StoryObj } from '@storybook/react-vite';
import { FocusAreaCard } from '@ljungby/ui-components';
import '../stories.css';
import { focusAreaControl, headingLevelControl, localeControl } from '../stories-support/arg-types';
import { cardWidth, inColumn } from '../stories-support/column';
import { everyArea } from '../stories-support/every-area';

const meta = {
  title: 'Komponenter/FocusAreaCard',
  tags: ['autodocs'],
  component: FocusAreaCard,
  args: { area: 'vatten', locale: 'sv', headingLevel: 3 },
  argTypes: {
    area: focusAreaControl,
    locale: localeControl,
    headingLevel: headingLevelControl,
  },
  decorators: [inColumn(cardWidth)],
} satisfies Meta<typeof FocusAreaCard>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Vatten: Story = { name: 'Vatten', args: { area: 'vatten' } };
export const AllAreas: Story = {
  name: 'Alla fokusområden',
  render: everyArea(FocusAreaCard, 5),
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
