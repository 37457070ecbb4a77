import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

import { chromiumArgs, chromiumPath } from '../../e2e/browser.ts'
import { serve } from './serve.ts'

export interface LighthouseRun {
  page: string
  preset: 'mobile' | 'desktop'
  performance: number
  accessibility: number
  bestPractices: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Every run's performance score, when the page ran more than once. */
  runs?: number[]
}

/**
 * Lighthouse 13 through `npx` (not a devDependency: it is 160 MB that only the benchmark uses).
 * The bare page runs in the same session so the comparison survives a slow or noisy machine.
 */
function run(url: string, page: string, preset: 'mobile' | 'desktop', out: string): LighthouseRun {
  const args = [
    '--yes',
    'lighthouse@^13.5.0',
    url,
    '--output=json',
    `--output-path=${out}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices',
    `--chrome-flags=${chromiumArgs.join(' ')}`,
  ]
  if (preset === 'desktop') args.push('--preset=desktop')
  execFileSync('npx', args, {
    stdio: 'ignore',
    env: { ...process.env, CHROME_PATH: chromiumPath ?? '' },
    timeout: 180_000,
  })
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
    categories: Record<string, { score: number }>
    audits: Record<string, { numericValue: number }>
  }
  return {
    page,
    preset,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: +lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
  }
}

export async function lighthouseReport(appOut: string, bareOut: string) {
  const app = await serve(appOut, 4290)
  const bare = await serve(bareOut, 4291)
  const runs: LighthouseRun[] = []
  try {
    const pages: [string, string][] = [
      ['bare', 'http://localhost:4291/'],
      ['home', 'http://localhost:4290/'],
      ['tokens', 'http://localhost:4290/delegates/tokens'],
      ['connectors', 'http://localhost:4290/connectors'],
    ]
    // Lighthouse varies from run to run on a small machine: each page runs several times,
    // interleaved with the others, and the report keeps the median run. Mobile swings by a few
    // points (a busy moment lengthens the tasks it multiplies by four), so it runs five times;
    // desktop, which does not, three. LH_RUNS sets both.
    const runsFor = (preset: 'mobile' | 'desktop') =>
      Math.max(1, Number(process.env.LH_RUNS ?? (preset === 'mobile' ? 5 : 3)))
    for (const preset of ['mobile', 'desktop'] as const) {
      const times = runsFor(preset)
      const all = new Map<string, LighthouseRun[]>()
      for (let i = 0; i < times; i++)
        for (const [name, url] of pages) {
          const out = resolve('bench-results', `lh-${name}-${preset}-${i + 1}.json`)
          const result = run(url, name, preset, out)
          console.log(
            `lighthouse ${preset} ${name} #${i + 1}: perf ${result.performance}, a11y ${result.accessibility}`,
          )
          all.set(name, [...(all.get(name) ?? []), result])
        }
      for (const [, results] of all) {
        const sorted = [...results].sort((a, b) => a.performance - b.performance)
        runs.push({
          ...sorted[Math.floor(sorted.length / 2)],
          runs: results.map((r) => r.performance),
        })
      }
    }
  } finally {
    app.kill()
    bare.kill()
  }
  return runs
}
