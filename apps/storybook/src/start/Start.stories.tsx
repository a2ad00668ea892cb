import type { Meta, StoryObj } from '@storybook/react-vite';
import '../shared/pages.css';
import { StartPage } from './StartPage';

const meta = {
  title: 'Start',
  id: 'start',
  tags: ['!autodocs'],
  component: StartPage,
  parameters: { controls: { disable: true } },
} satisfies Meta<typeof StartPage>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Svenska: Story = { name: 'Välkommen', args: { locale: 'sv' } };
export const English: Story = { name: 'Welcome (English)', args: { locale: 'en' } };
