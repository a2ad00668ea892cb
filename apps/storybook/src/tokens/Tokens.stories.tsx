import type { Meta, StoryObj } from '@storybook/react-vite';
import '../shared/pages.css';
import './token-pages.css';
import { ColorTokens } from './ColorTokens';
import { ContrastTable } from './ContrastTable';
import { MotionTokens, ShapeTokens, SpacingTokens, TypographyTokens } from './ScaleTokens';

const meta = {
  title: 'Tokens',
  tags: ['!autodocs', 'page'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Colours: Story = { name: 'Färger / Colours', render: () => <ColorTokens /> };
export const Contrast: Story = { name: 'Kontrast / Contrast', render: () => <ContrastTable /> };
export const Typography: Story = {
  name: 'Typografi / Typography',
  render: () => <TypographyTokens />,
};
export const Spacing: Story = { name: 'Avstånd / Spacing', render: () => <SpacingTokens /> };
export const Shapes: Story = {
  name: 'Hörn och skuggor / Radii and shadows',
  render: () => <ShapeTokens />,
};
export const Motion: Story = { name: 'Rörelse / Motion', render: () => <MotionTokens /> };
