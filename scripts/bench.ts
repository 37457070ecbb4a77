/**
 * `npm run bench`: bundle sizes against a bare React + React Router page, Lighthouse for the key
 * pages and the bare page in the same run, and a large-account run in Chromium. Writes
 * bench-results/bench.json and bench-results/bench.md. Numbers, not pass/fail: targets are in the
 * README and the report says which are met.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { bundleReport } from './bench/bundle.ts'
import { largeAccountReport } from './bench/large-account.ts'
import { lighthouseReport } from './bench/lighthouse.ts'
import { testAllMarkdown, testAllReport } from './bench/test-all.ts'
import { toMarkdown } from './bench/report.ts'

const resultsDir = resolve('bench-results')
mkdirSync(resultsDir, { recursive: true })
const only = new Set(process.argv.slice(2))
const want = (part: string) => only.size === 0 || only.has(part)

const bundle = await bundleReport(resultsDir)
console.log(
  `first page JS ${bundle.firstPage.js.gzip} B gzip vs bare ${bundle.bare.js.gzip} B (×${bundle.ratioGzip})`,
)
const lighthouse = want('lighthouse') ? await lighthouseReport(bundle.appOut, bundle.bareOut) : null
const large = want('large') ? await largeAccountReport(bundle.appOut) : null
// Test-all of the whole large account: first test and long tasks, beside the previous run's.
const testAll = want('testall') ? await testAllReport(bundle.appOut, resultsDir) : null

const result = {
  date: new Date().toISOString(),
  machine: { cpus: (await import('node:os')).cpus().length },
  bundle,
  lighthouse,
  large,
  testAll,
}
writeFileSync(resolve(resultsDir, 'bench.json'), JSON.stringify(result, null, 2))
const markdown =
  toMarkdown(result) + (testAll ? testAllMarkdown(testAll.result, testAll.previous) : '')
writeFileSync(resolve(resultsDir, 'bench.md'), markdown)
console.log(markdown)
