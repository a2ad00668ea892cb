import '@ljungby/ui-components/styles.css';
import type { ReactNode } from 'react';

export const metadata = {
  title: 'Fokusområden i Ljungby kommun',
  description: 'Ett exempel på Berättarkit i Next.js (App Router).',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body>{children}</body>
    </html>
  );
}
