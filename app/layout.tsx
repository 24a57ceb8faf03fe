import type { Metadata, Viewport } from 'next';
import { serif, sans } from './fonts';
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
  return (
    // The inline script may set data-theme before React hydrates: that difference is expected.
    <html lang="en" className={`${serif.variable} ${sans.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
