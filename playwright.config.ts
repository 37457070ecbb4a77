import { defineConfig, devices } from '@playwright/test'

import { chromiumArgs, chromiumPath } from './e2e/browser.ts'

/**
 * End-to-end tests run against the production build (vite preview) in Chromium:
 * - port E2E_PORT (4173): the console on its embedded mock (MSW in the service worker);
 * - port E2E_MANAGER_PORT (4174): the same build in Manager mode, proxied to the mock Manager
 *   served over HTTP on loopback (E2E_MOCK_MANAGER_PORT, 4010).
 */
const port = Number(process.env.E2E_PORT ?? 4173)
const managerPort = Number(process.env.E2E_MANAGER_PORT ?? 4174)
const mockManagerPort = Number(process.env.E2E_MOCK_MANAGER_PORT ?? 4010)
const outDir = process.env.BUILD_OUT_DIR ?? 'dist-e2e'
const ci = !!process.env.CI

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_500 },
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
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
      command: `rm -rf ${outDir} && BUILD_OUT_DIR=${outDir} npx vite build --mode e2e --logLevel warn && BUILD_OUT_DIR=${outDir} PREVIEW_PORT=${port} npx vite preview`,
      url: `http://localhost:${port}/config.json`,
      reuseExistingServer: !ci,
      timeout: 180_000,
    },
    {
      command: `PORT=${mockManagerPort} node scripts/mock-manager.ts`,
      url: `http://127.0.0.1:${mockManagerPort}/__mock/health`,
      reuseExistingServer: !ci,
      timeout: 60_000,
    },
    {
      command: `BUILD_OUT_DIR=${outDir} PREVIEW_PORT=${managerPort} HARNESS_MANAGER_URL=http://127.0.0.1:${mockManagerPort} npx vite preview`,
      url: `http://localhost:${managerPort}/config.json`,
      reuseExistingServer: !ci,
      timeout: 60_000,
    },
  ],
})
