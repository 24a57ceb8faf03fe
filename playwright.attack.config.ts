import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

/**
 * `npm run test:attack`: the hostile-visitor and hostile-staff suites (attack/). Its own port and
 * throwaway database so it never shares state with the journeys in e2e/: the sign-in lock tests
 * would otherwise lock the accounts those journeys use.
 */
const PORT = Number(process.env.ATTACK_PORT ?? 3105);
export const ATTACK_DATA = path.resolve(__dirname, process.env.ATTACK_DATA_DIR ?? '.attack-data');
/** To attack a server that is already running (debugging): ATTACK_BASE_URL=http://127.0.0.1:3431. */
const EXTERNAL = process.env.ATTACK_BASE_URL;

export default defineConfig({
  testDir: './attack',
  // Files run in name order (1-…, 2-…): the sign-in lock goes last because it locks addresses.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"]],
  timeout: 120_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: EXTERNAL ?? `http://127.0.0.1:${PORT}`,
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: EXTERNAL
    ? undefined
    : {
        command: `rm -rf "${ATTACK_DATA}" && mkdir -p "${ATTACK_DATA}" && npm start`,
        url: `http://127.0.0.1:${PORT}/api/health`,
        timeout: 600_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        env: {
          PORT: String(PORT),
          DATABASE_PATH: path.join(ATTACK_DATA, 'bobine.db'),
          BOBINE_DEMO: '1',
        },
      },
});
