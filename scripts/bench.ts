/**
 * `npm run bench`: bundle sizes against a bare React + React Router page, Lighthouse for the key
 * pages (embedded mock and Manager mode) with the bare page in the same run, and a large-account
 * run in Chromium. Writes bench-results/bench.json and bench-results/bench.md. Numbers, not
 * pass/fail: the goals are in the README and the report says which are met.
 *
 * `npm run bench -- bundle` builds and measures the bundle only; `-- lighthouse`, `-- large` and
 * `-- testall` pick parts (the bundle always runs: it makes the builds). While working on a page:
 * LH_RUNS=1 (runs per page), LH_PAGES=connectors,connector (home, tokens, connectors, connector),
 * LH_MODES=mock (mock, manager), LH_PRESETS=mobile (mobile, desktop).
 *
 * Run it on a quiet machine: the load average at the start and the end is in the report, and the
 * Lighthouse part checks before every run that the server measured serves this run's build.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join, resolve } from 'node:path'

import { bundleReport } from './bench/bundle.ts'
import { largeAccountReport } from './bench/large-account.ts'
import { lighthouseReport, sha256, type BuildIdentity } from './bench/lighthouse.ts'
import { testAllMarkdown, testAllReport } from './bench/test-all.ts'
import { toMarkdown, type Result } from './bench/report.ts'

const resultsDir = resolve('bench-results')
mkdirSync(resultsDir, { recursive: true })
const only = new Set(process.argv.slice(2))
const want = (part: string) => only.size === 0 || only.has(part)

const load = () => loadavg().map((n) => +n.toFixed(2)) as [number, number, number]
const loadAtStart = load()
console.log(`load average at start: ${loadAtStart.join(', ')} (${cpus().length} cores)`)

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim()
const dirty = git('status', '--porcelain', '--', '.', ':!bench-results').length > 0
const commit = `${git('rev-parse', '--short', 'HEAD')}${dirty ? '+dirty' : ''}`

const previousFile = join(resultsDir, 'bench.json')
const previous = existsSync(previousFile)
  ? (JSON.parse(readFileSync(previousFile, 'utf8')) as Partial<Result>)
  : null

const bundle = await bundleReport(resultsDir)
const build: BuildIdentity = {
  commit,
  appHash: sha256(readFileSync(join(bundle.appOut, 'index.html'))),
  bareHash: sha256(readFileSync(join(bundle.bareOut, 'index.html'))),
}
console.log(`build: commit ${build.commit}, index.html ${build.appHash.slice(0, 12)}`)
console.log(
  `first page JS ${bundle.firstPage.js.gzip} B gzip vs bare ${bundle.bare.js.gzip} B (×${bundle.ratioGzip})`,
)
// The first page against the previous run's, which is a different build by nature: both
// identities are printed, so a reader sees what was compared with what.
const before = previous?.bundle?.firstPage?.js.gzip
if (before && previous?.build)
  console.log(
    `first page JS: ${bundle.firstPage.js.gzip} B now (${build.commit}) against ${before} B in the previous run (${previous.build.commit}, ${previous.date})`,
  )
const lighthouse = want('lighthouse')
  ? await lighthouseReport(bundle.appOut, bundle.bareOut, build)
  : null
const large = want('large') ? await largeAccountReport(bundle.appOut) : null
// Test-all of the whole large account: first test and long tasks, beside the previous run's.
const testAll = want('testall') ? await testAllReport(bundle.appOut, resultsDir) : null

const result: Result = {
  date: new Date().toISOString(),
  build,
  machine: { cpus: cpus().length, loadAtStart, loadAtEnd: load() },
  bundle,
  previousBundle:
    before && previous?.build
      ? { gzip: before, commit: previous.build.commit, date: previous.date ?? '' }
      : null,
  lighthouse,
  large,
}
writeFileSync(previousFile, JSON.stringify({ ...result, testAll }, null, 2))
const markdown =
  toMarkdown(result) + (testAll ? testAllMarkdown(testAll.result, testAll.previous) : '')
writeFileSync(resolve(resultsDir, 'bench.md'), markdown)
console.log(markdown)
