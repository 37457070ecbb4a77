/**
 * One Lighthouse run through its Node API, in a Chromium of our own (run by lighthouse.ts with
 * this machine's Node 24): `node lh-runner.mjs <json args>`. Lighthouse and puppeteer-core come
 * from the npx cache (LH_MODULES, their node_modules folder): Lighthouse is 160 MB that only the
 * benchmark uses, so it is not a devDependency.
 *
 * Every page goes through this runner, so the bare page, the embedded mock and Manager mode are
 * measured the same way. Manager mode needs a signed-in tab: the API key lives in sessionStorage,
 * which belongs to one tab, so the runner opens the origin's /config.json (not the app, so nothing
 * is compiled or cached ahead), writes the session there, clears the HTTP cache, and runs
 * Lighthouse in that same tab without its storage reset.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const args = JSON.parse(process.argv[2])
const modules = process.env.LH_MODULES
if (!modules) throw new Error('LH_MODULES must name the folder that holds lighthouse')
const load = (path) => import(pathToFileURL(join(modules, path)).href)
const { default: lighthouse } = await load('lighthouse/core/index.js')
const { default: desktopConfig } = await load('lighthouse/core/config/desktop-config.js')
const { default: puppeteer } = await load('puppeteer-core/lib/puppeteer/puppeteer-core.js')

const browser = await puppeteer.launch({
  executablePath: args.chromePath,
  headless: true,
  args: args.chromeArgs.filter((flag) => flag !== '--headless'),
})
try {
  const page = await browser.newPage()
  if (args.session) {
    const origin = new URL(args.url).origin
    await page.goto(`${origin}/config.json`)
    await page.evaluate(
      ([key, value]) => sessionStorage.setItem(key, value),
      [args.session.key, JSON.stringify(args.session.value)],
    )
    const cdp = await page.createCDPSession()
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
  }
  const flags = {
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    // The session must survive; the cache was cleared above instead.
    disableStorageReset: !!args.session,
  }
  const result = await lighthouse(
    args.url,
    flags,
    args.preset === 'desktop' ? desktopConfig : undefined,
    page,
  )
  if (!result) throw new Error('Lighthouse returned nothing')
  writeFileSync(args.out, JSON.stringify(result.lhr))
  // LH_TRACE=1: the page's trace beside the report, to see what a long task was (Chrome's
  // Performance panel opens it).
  if (process.env.LH_TRACE)
    writeFileSync(
      args.out.replace(/\.json$/, '.trace.json'),
      JSON.stringify(result.artifacts.Trace),
    )
} finally {
  await browser.close()
}
