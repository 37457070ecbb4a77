import { chromium } from '@playwright/test'

import { chromiumArgs, chromiumPath } from '../../e2e/browser.ts'
import { serve } from './serve.ts'

/**
 * The large account (5,000 connectors, 300 tokens) in Chromium: time to first rows on the
 * connectors page, keystroke-to-rows in search, test-all of 500 to the end, long tasks, JS heap.
 */
export async function largeAccountReport(appOut: string) {
  const server = await serve(appOut, 4292)
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: number[] }
      w.__longTasks = []
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.__longTasks.push(e.duration)),
      ).observe({ type: 'longtask', buffered: true })
    })
    // Seed once, then measure a fresh navigation.
    await page.goto('http://localhost:4292/?mockSeed=large')
    await page.getByRole('heading', { level: 1 }).waitFor()
    const start = Date.now()
    await page.goto('http://localhost:4292/connectors')
    const rows = page.getByRole('table').getByRole('row')
    await rows.nth(1).waitFor()
    const firstRowsMs = Date.now() - start

    const search = page.getByRole('searchbox').first()
    await search.click()
    const before = await rows.nth(1).innerText()
    const t0 = Date.now()
    await search.fill('Jira 1')
    await page.waitForFunction((text) => {
      const row = document.querySelectorAll('table tr')[1]
      return row && row.textContent !== text
    }, before)
    const searchToRowsMs = Date.now() - t0

    // Test-all over a filtered set of several hundred connectors (code repositories: ~750).
    let testAllMs: number | null = null
    let testAllCount: number | null = null
    await page.goto('http://localhost:4292/connectors?category=code')
    await rows.nth(1).waitFor()
    await page.evaluate(() => ((window as unknown as { __longTasks: number[] }).__longTasks = []))
    const t1 = Date.now()
    await page.getByRole('button', { name: /^Test all/ }).click()
    const bar = page.getByRole('progressbar').first()
    await bar.waitFor()
    await page.getByText(/Test run finished/).waitFor({ timeout: 900_000 })
    testAllMs = Date.now() - t1
    testAllCount = Number(await bar.getAttribute('aria-valuemax').catch(() => null)) || null
    const longTasks = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    )
    const heap = await page.evaluate(
      () =>
        (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
          ?.usedJSHeapSize ?? null,
    )
    return {
      firstRowsMs,
      searchToRowsMs,
      testAllMs,
      testAllCount,
      longestTaskMs: Math.round(Math.max(0, ...longTasks)),
      longTasksOver200: longTasks.filter((d) => d > 200).length,
      jsHeapBytes: heap,
    }
  } finally {
    await browser.close()
    server.kill()
  }
}
