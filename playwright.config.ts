import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** A throwaway database, wiped before each run by the web server command below. */
export const E2E_DATA = path.resolve(__dirname, process.env.E2E_DATA_DIR ?? '.e2e-data');

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  // Two files at a time against the one server (each test makes its own data); tests that move the
  // server's clock or watch its cache (tagged ALONE, e2e/helpers/clock.ts) run last, one at a time.
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: process.env.CI ? [['list']] : [['list']],
  // Journeys with four or five signed-in people take 40 s alone; two at a time on 2 cores, twice that.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      // Without these, Chromium tries to reach Google's services through a closed network.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [
    { name: 'chromium', grepInvert: /@alone/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    { name: 'alone', grep: /@alone/, workers: 1, dependencies: ['chromium'], use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `rm -rf "${E2E_DATA}" && mkdir -p "${E2E_DATA}" && npm start`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      DATABASE_PATH: path.join(E2E_DATA, 'bobine.db'),
      BOBINE_CLOCK_FILE: path.join(E2E_DATA, 'clock-offset'),
      BOBINE_DEMO: '1',
    },
  },
});
