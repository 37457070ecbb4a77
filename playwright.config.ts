import { defineConfig, devices } from '@playwright/test'

import { chromiumArgs, chromiumPath } from './e2e/browser.ts'
import { runPort } from './e2e/ports.ts'

/**
 * End-to-end tests run against the production build (vite preview) in Chromium:
 * - E2E_PORT: the console on its embedded mock (MSW in the service worker);
 * - E2E_MANAGER_PORT: the same build in Manager mode, proxied to the mock Manager served over HTTP
 *   on loopback (E2E_MOCK_MANAGER_PORT).
 * Each run picks free ports (or takes the ones set) and builds into its own folder, and never
 * reuses a server it did not start: two runs side by side, or a developer's preview on 4173, are
 * never what a run tests. The main process picks; workers and servers inherit the environment.
 */
const port = await runPort('E2E_PORT')
const managerPort = await runPort('E2E_MANAGER_PORT')
const mockManagerPort = await runPort('E2E_MOCK_MANAGER_PORT')
process.env.BUILD_OUT_DIR ??= `dist-e2e/run-${port}`
const outDir = process.env.BUILD_OUT_DIR
const ci = !!process.env.CI

export default defineConfig({
  testDir: './e2e',
  // Two workers, one test at a time each, from any file: the tests are independent (a new
  // context, so a fresh embedded mock account, per test). On this 2-core machine two beat one by
  // about a quarter (38 tests: 141 and 148 s against 187 and 191 s, interleaved runs) once traces
  // stopped being recorded for every test; with them, two Chromiums only took twice as long each.
  // E2E_WORKERS sets another number (1 to watch one test at a time).
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: ci,
  // No retries: a test that fails once is a failure to look at, not to hide.
  retries: 0,
  // A budget for one page load, a few steps and an axe scan on a busy 2-core machine (a second
  // `npm test` beside this one makes each step several times slower); longer flows set their own
  // with test.setTimeout. A passing test never waits for it.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  globalTeardown: './e2e/teardown.ts',
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording a trace for every test, to keep the failures' (retain-on-failure), made each test
    // about 40 % slower here (connector-create: 2.7 min against 1.7). A failure keeps its
    // screenshot and error context; E2E_TRACE=retain-on-failure records traces to look into one.
    trace: (process.env.E2E_TRACE as 'retain-on-failure' | undefined) ?? 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  metadata: { managerPort, mockManagerPort },
  webServer: [
    {
      // One build serves both consoles.
      command: `rm -rf ${outDir} && npx vite build --mode e2e --logLevel warn && PREVIEW_PORT=${port} npx vite preview`,
      url: `http://localhost:${port}/config.json`,
      reuseExistingServer: false,
      timeout: 240_000,
    },
    {
      command: `PORT=${mockManagerPort} node scripts/mock-manager.ts`,
      url: `http://127.0.0.1:${mockManagerPort}/__mock/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `PREVIEW_PORT=${managerPort} HARNESS_MANAGER_URL=http://127.0.0.1:${mockManagerPort} npx vite preview`,
      url: `http://localhost:${managerPort}/config.json`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
})
