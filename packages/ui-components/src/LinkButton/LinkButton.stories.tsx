import type { Meta, StoryObj } from '@storybook/react-vite';
import { LinkButton, Stack } from '@ljungby/ui-components';
import { focusAreaIds } from '@ljungby/focus-content/ids';
import '../stories.css';

const meta = {
  title: 'Komponenter/Primitiver/LinkButton',
  tags: ['autodocs'],
  component: LinkButton,
  args: { href: 'https://sagobygden.se/', children: 'Upptäck Sagobygden', variant: 'primary' },
  argTypes: { variant: { control: 'inline-radio', options: ['primary', 'secondary'] } },
} satisfies Meta<typeof LinkButton>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Primary: Story = { name: 'Primär' };
export const Secondary: Story = { name: 'Sekundär', args: { variant: 'secondary' } };
export const InEveryArea: Story = {
  name: 'I varje fokusområde',
  render: () => (
    <Stack direction="row" gap={3}>
      {focusAreaIds.map((id) => (
        <div key={id} data-focus-area={id}>
          <LinkButton href={`#${id}`}>{id}</LinkButton>
        </div>
      ))}
    </Stack>
  ),
};
