import type { Meta, StoryObj } from '@storybook/react-vite';
import { getFocusArea, getVision } from '@ljungby/focus-content';
import { KeyFigure } from '@ljungby/ui-components';
import '../stories.css';
import { inColumn } from '../stories-support/column';

const meta = {
  title: 'Komponenter/KeyFigure',
  tags: ['autodocs'],
  component: KeyFigure,
  decorators: [inColumn('20rem')],
} satisfies Meta<typeof KeyFigure>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Population: Story = { name: 'Befolkning', args: { fact: getVision('sv').facts[0] } };
export const Bolmen: Story = {
  name: 'Bolmen',
  args: { fact: getFocusArea('vatten', 'sv').facts[0] },
};
export const English: Story = {
  args: { fact: getFocusArea('vatten', 'en').facts[1], locale: 'en' },
};
export const OwnFigure: Story = {
  name: 'Egen siffra',
  args: {
    value: '35 000',
    label: 'invånare år 2035 är målet i kommunens vision.',
    source: { title: 'Ljungby kommun: Vision och mål', url: 'https://www.ljungby.se/' },
  },
};
