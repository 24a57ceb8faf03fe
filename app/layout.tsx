import type { Metadata, Viewport } from 'next';
import { preload } from 'react-dom';
import { PRELOADED_FONTS } from '@/lib/fonts';
import './globals.css';
import { THEME_SCRIPT } from '@/lib/theme';

export const metadata: Metadata = {
  title: { default: 'Bobine — film reviews', template: '%s · Bobine' },
  description: 'Bobine is a film magazine: several house critics review the same film, side by side.',
};

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#faf6ef' },
    { media: '(prefers-color-scheme: dark)', color: '#161311' },
  ],
  colorScheme: 'light dark',
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  for (const href of PRELOADED_FONTS) preload(href, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
  return (
    // The inline script may set data-theme before React hydrates: that difference is expected.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
