import type { Meta, StoryObj } from '@storybook/react-vite';
import { VisionBanner } from '@ljungby/ui-components';
import '../stories.css';
import { localeControl } from '../stories-support/arg-types';

const meta = {
  title: 'Komponenter/VisionBanner',
  tags: ['autodocs'],
  component: VisionBanner,
  args: { locale: 'sv', headingLevel: 2 },
  argTypes: { locale: localeControl },
} satisfies Meta<typeof VisionBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Svenska: Story = { name: 'Svenska' };
export const English: Story = { args: { locale: 'en' } };
export const WithTable: Story = { name: 'Med synlig tabell', args: { showTable: true } };
