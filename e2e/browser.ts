/**
 * Debian's Chromium (Playwright cannot download its own browser on these machines). Set CHROME_PATH
 * to use another; on a normal machine `npx playwright install chromium` and CHROME_PATH=bundled.
 */
export const chromiumPath =
  process.env.CHROME_PATH === 'bundled'
    ? undefined
    : (process.env.CHROME_PATH ?? '/usr/bin/chromium')

/** Without the background-networking flags Chromium keeps trying hosts this network refuses. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
