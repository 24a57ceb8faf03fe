import type { Metadata, Viewport } from 'next';
import { serif, sans } from './fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Bobine — film reviews', template: '%s · Bobine' },
  description: 'Bobine is a film magazine: several house critics review the same film, side by side.',
};

export const viewport: Viewport = { themeColor: '#faf6ef' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${serif.variable} ${sans.variable}`}>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
