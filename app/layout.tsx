import type { Metadata, Viewport } from 'next';
import { preload } from 'react-dom';
import { PRELOADED_FONTS } from '@/lib/fonts';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Bobine — film reviews', template: '%s · Bobine' },
  description: 'Bobine is a film magazine: several house critics review the same film, side by side.',
};

export const viewport: Viewport = { themeColor: '#faf6ef' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  for (const href of PRELOADED_FONTS) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
