import type { Meta, StoryObj } from '@storybook/react-vite';
import '../shared/pages.css';
import './guidelines.css';
import {
  AccessibilityPage,
  DosDontsPage,
  PrivacyPage,
  TonePage,
  UsagePage,
} from './GuidelinePages';

// Bilingual pages (Swedish, then English), so they take no `locale` arg.
const meta = {
  title: 'Riktlinjer',
  id: 'riktlinjer',
  tags: ['!autodocs'],
  parameters: { controls: { disable: true } },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;

export const Usage: Story = { name: 'Använda materialet / Using', render: () => <UsagePage /> };
export const Tone: Story = { name: 'Tonläge / Tone of voice', render: () => <TonePage /> };
export const DosAndDonts: Story = {
  name: "Gör och gör inte / Do's and don'ts",
  render: () => <DosDontsPage />,
};
export const Accessibility: Story = {
  name: 'Tillgänglighet / Accessibility',
  render: () => <AccessibilityPage />,
};
export const Privacy: Story = { name: 'Integritet / Privacy', render: () => <PrivacyPage /> };
