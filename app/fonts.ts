import localFont from 'next/font/local';

// Self-hosted from npm font packages: nothing is fetched from the internet at build or run time.
export const serif = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/fraunces/files/fraunces-latin-wght-italic.woff2', style: 'italic' },
  ],
  weight: '100 900',
  variable: '--font-fraunces',
  display: 'swap',
});

export const sans = localFont({
  src: [
    { path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2', style: 'normal' },
    { path: '../node_modules/@fontsource-variable/inter/files/inter-latin-wght-italic.woff2', style: 'italic' },
  ],
  weight: '100 900',
  variable: '--font-inter',
  display: 'swap',
});
