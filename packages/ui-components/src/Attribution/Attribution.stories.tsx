import type { Meta, StoryObj } from '@storybook/react-vite';
import { Attribution } from '@ljungby/ui-components';
import '../stories.css';
import { localeControl } from '../stories-support/arg-types';

const meta = {
  title: 'Komponenter/Attribution',
  tags: ['autodocs'],
  component: Attribution,
  args: { locale: 'sv' },
  argTypes: { locale: localeControl },
} satisfies Meta<typeof Attribution>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Svenska: Story = { name: 'Svenska' };
export const English: Story = { args: { locale: 'en' } };
export const Changed: Story = { name: 'Bearbetat material', args: { changed: true } };
