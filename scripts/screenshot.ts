/**
 * Screenshots for looking at the console as a user would:
 *   node scripts/screenshot.ts http://localhost:5173/connectors out.png [--dark] [--width=1440]
 */
import { chromium } from '@playwright/test'

import { chromiumArgs, chromiumPath } from '../e2e/browser.ts'

const [url, out = 'screenshot.png', ...flags] = process.argv.slice(2)
if (!url)
  throw new Error('usage: node scripts/screenshot.ts URL OUT.png [--dark] [--width=N] [--full]')
const width = Number(flags.find((f) => f.startsWith('--width='))?.split('=')[1] ?? 1440)
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
const page = await browser.newPage({
  viewport: { width, height: 900 },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
})
const errors: string[] = []
page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
page.on('pageerror', (e) => errors.push(e.message))
await page.goto(url)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 600))
await page.screenshot({ path: out, fullPage: flags.includes('--full') })
await browser.close()
if (errors.length) console.error('console errors:\n' + errors.join('\n'))
console.log(out)
