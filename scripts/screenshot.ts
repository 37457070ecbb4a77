/**
 * Screenshots for looking at the console as a user would.
 *
 * One page:
 *   node scripts/screenshot.ts http://localhost:4173/connectors out.png [--dark] [--width=1440] [--full]
 * `--at=Y` takes the 900 px of the full page from Y down (a long page on a phone, piece by piece).
 * Every page, in both themes, at 1280 and 390 px, into a folder (about a minute):
 *   node scripts/screenshot.ts --all http://localhost:4173 shots/
 * The `--all` pages run on the embedded mock (the default seed; one on the empty account), so the
 * folder looks the same on every machine. Console errors are printed, not hidden.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'

import { chromium, type Browser } from '@playwright/test'

import { chromiumArgs, chromiumPath } from '../e2e/browser.ts'

/** Every page a user reaches, with a file name each; the scoped ones show a project's view. */
const PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'home-empty-account', path: '/?mockSeed=empty' },
  { name: 'delegates', path: '/delegates' },
  { name: 'delegate-group', path: '/delegates/groups/k8s_prod_east' },
  { name: 'delegate-group-down', path: '/delegates/groups/ecs_legacy' },
  { name: 'tokens', path: '/delegates/tokens' },
  { name: 'tokens-project', path: '/delegates/tokens?org=default&project=cd_platform' },
  { name: 'rotate', path: '/delegates/tokens/default_token/rotate' },
  { name: 'installers', path: '/delegates/installers' },
  { name: 'connectors', path: '/connectors' },
  { name: 'connectors-project', path: '/connectors?org=default&project=cd_platform' },
  { name: 'connector-new', path: '/connectors/new' },
  { name: 'connector-new-github', path: '/connectors/new?provider=github' },
  { name: 'connector-detail', path: '/connectors/bitbucket_legacy' },
  { name: 'connector-edit', path: '/connectors/bitbucket_legacy/edit' },
  { name: 'network', path: '/network' },
  { name: 'not-found', path: '/no-such-page' },
]
const WIDTHS = [1280, 390]
const THEMES = ['light', 'dark'] as const

async function shoot(
  browser: Browser,
  url: string,
  out: string,
  options: { width: number; dark: boolean; full: boolean; at?: number },
) {
  const page = await browser.newPage({
    viewport: { width: options.width, height: 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  })
  const errors: string[] = []
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(url)
  // The mock is up and the page's first reads have answered.
  await page.locator('html[data-backend="ready"]').waitFor({ state: 'attached' })
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  await page.waitForTimeout(Number(process.env.SHOT_WAIT ?? 600))
  if (options.at !== undefined)
    await page.screenshot({
      path: out,
      fullPage: true,
      clip: { x: 0, y: options.at, width: options.width, height: 900 },
    })
  else await page.screenshot({ path: out, fullPage: options.full })
  await page.close()
  if (errors.length) console.error(`${out}: console errors:\n  ${errors.join('\n  ')}`)
  console.log(out)
}

const args = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
try {
  if (args[0] === '--all') {
    const [, base, dir = 'screenshots'] = args
    if (!base) throw new Error('usage: node scripts/screenshot.ts --all BASE_URL [DIR]')
    mkdirSync(dir, { recursive: true })
    for (const entry of PAGES)
      for (const theme of THEMES)
        for (const width of WIDTHS)
          await shoot(
            browser,
            new URL(entry.path, base).href,
            join(dir, `${entry.name}-${theme}-${width}.png`),
            { width, dark: theme === 'dark', full: true },
          )
  } else {
    const [url, out = 'screenshot.png', ...flags] = args
    if (!url)
      throw new Error(
        'usage: node scripts/screenshot.ts URL OUT.png [--dark] [--width=N] [--full], or --all BASE_URL DIR',
      )
    const flag = (name: string) => flags.find((f) => f.startsWith(`--${name}=`))?.split('=')[1]
    const at = flag('at')
    await shoot(browser, url, out, {
      width: Number(flag('width') ?? 1440),
      dark: flags.includes('--dark'),
      full: flags.includes('--full'),
      at: at === undefined ? undefined : Number(at),
    })
  }
} finally {
  await browser.close()
}
