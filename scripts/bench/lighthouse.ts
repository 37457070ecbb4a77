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
    for (const preset of ['mobile', 'desktop'] as const)
      for (const [name, url] of pages) {
        const result = run(url, name, preset, resolve('bench-results', `lh-${name}-${preset}.json`))
        console.log(
          `lighthouse ${preset} ${name}: perf ${result.performance}, a11y ${result.accessibility}`,
        )
        runs.push(result)
      }
  } finally {
    app.kill()
    bare.kill()
  }
  return runs
}
