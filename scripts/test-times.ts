/**
 * `npm run test:times`: runs each part of `npm test` in its order and says where the time goes:
 * type check, lint, the contract check, Vitest (environment set-up, imports, tests), and
 * Playwright (its build and servers, then each spec file's tests). Writes
 * bench-results/test-times.md. It measures; it asserts nothing (the suite does that).
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

interface Step {
  name: string
  seconds: number
  status: number | null
  detail?: string
}

const steps: Step[] = []
function run(name: string, command: string, args: string[], env: Record<string, string> = {}) {
  const start = performance.now()
  const result = spawnSync(command, args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  const seconds = (performance.now() - start) / 1000
  steps.push({ name, seconds, status: result.status })
  console.log(`${name}: ${seconds.toFixed(1)} s (exit ${result.status})`)
  return { ...result, seconds }
}

run('typecheck (tsc -b)', 'npx', ['tsc', '-b'])
run('lint (eslint)', 'npx', ['eslint', '.', '--max-warnings', '0'])
run('contract check', 'node', ['scripts/contract/generate.ts', '--check'])

const vitest = run('Vitest', 'npx', ['vitest', 'run'])
const phases = /Duration\s+[\d.]+m?s \(([^)]*)\)/.exec(
  // eslint-disable-next-line no-control-regex
  vitest.stdout.replace(/\x1b\[[0-9;]*m/g, ''),
)?.[1]
if (phases) steps.at(-1)!.detail = phases

const json = join(tmpdir(), `pw-times-${process.pid}.json`)
const pw = run('Playwright', 'npx', ['playwright', 'test', '--reporter=json'], {
  PLAYWRIGHT_JSON_OUTPUT_NAME: json,
})
interface Suite {
  file?: string
  suites?: Suite[]
  specs?: { tests: { results: { duration: number }[] }[] }[]
}
const perFile = new Map<string, { tests: number; ms: number }>()
const walk = (suite: Suite, file: string) => {
  const here = suite.file ?? file
  for (const spec of suite.specs ?? [])
    for (const t of spec.tests) {
      const entry = perFile.get(here) ?? { tests: 0, ms: 0 }
      entry.tests += 1
      entry.ms += t.results.reduce((sum, r) => sum + r.duration, 0)
      perFile.set(here, entry)
    }
  for (const child of suite.suites ?? []) walk(child, here)
}
try {
  const report = JSON.parse(readFileSync(json, 'utf8')) as {
    suites: Suite[]
    config: { workers?: number }
    stats: { duration: number }
  }
  const workers = report.config.workers ?? 1
  for (const s of report.suites) walk(s, s.file ?? '?')
  const testMs = [...perFile.values()].reduce((sum, f) => sum + f.ms, 0)
  steps.at(-1)!.detail =
    `${(report.stats.duration / 1000).toFixed(0)} s of tests on ${workers} workers ` +
    `(${(testMs / 1000).toFixed(0)} s of test time); build and servers before them: ` +
    `${(pw.seconds - report.stats.duration / 1000).toFixed(0)} s`
} catch {
  console.error(`no Playwright JSON report at ${json}`)
} finally {
  rmSync(json, { force: true })
}

const total = steps.reduce((sum, s) => sum + s.seconds, 0)
const lines = [
  `# Where \`npm test\` spends its time (${new Date().toISOString().slice(0, 16)}Z)`,
  '',
  '| part | seconds | exit | detail |',
  '| --- | ---: | ---: | --- |',
  ...steps.map((s) => `| ${s.name} | ${s.seconds.toFixed(1)} | ${s.status} | ${s.detail ?? ''} |`),
  `| **total** | **${total.toFixed(1)}** | | |`,
  '',
  '| Playwright file | tests | seconds of test time |',
  '| --- | ---: | ---: |',
  ...[...perFile.entries()]
    .sort((a, b) => b[1].ms - a[1].ms)
    .map(([file, f]) => `| ${file} | ${f.tests} | ${(f.ms / 1000).toFixed(1)} |`),
  '',
]
const out = resolve('bench-results')
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'test-times.md'), lines.join('\n'))
console.log(lines.join('\n'))
process.exit(steps.every((s) => s.status === 0) ? 0 : 1)
