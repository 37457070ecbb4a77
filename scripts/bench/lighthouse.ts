import { execFileSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

import { chromiumArgs, chromiumPath } from '../../e2e/browser.ts'
import { serve, serveMockManager, stop } from './serve.ts'

export type Mode = 'bare' | 'mock' | 'manager'
export type Preset = 'mobile' | 'desktop'

export interface LighthouseSingle {
  page: string
  mode: Mode
  preset: Preset
  run: number
  performance: number
  accessibility: number
  bestPractices: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** The address Lighthouse ended on (a Manager-mode page without a session ends on /sign-in). */
  finalUrl: string
  /** Manager API answers (2xx) the page had during the run: a console page that read no data measured nothing. */
  apiAnswers: number
}

export interface LighthouseSummary {
  page: string
  mode: Mode
  preset: Preset
  runs: number[]
  median: number
  min: number
  max: number
  /** The median run's figures. */
  medianRun: LighthouseSingle
}

/** What was measured: the same build for every run, or the benchmark stops. */
export interface BuildIdentity {
  commit: string
  /** sha256 of the built index.html, which names every hashed asset. */
  appHash: string
  bareHash: string
}

const MOCK_ACCOUNT = 'px7xd_BFRCi-pfWPYXVjvw'
const SESSION = {
  key: 'delegate-console:session',
  value: { accountId: MOCK_ACCOUNT, apiKey: `pat.${MOCK_ACCOUNT}.bench.secret` },
}

export const PAGES: { name: string; path: string }[] = [
  { name: 'home', path: '/' },
  { name: 'tokens', path: '/delegates/tokens' },
  { name: 'connectors', path: '/connectors' },
  { name: 'connector', path: '/connectors/github_acme' },
]

export const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

/** The npx cache's node_modules that holds Lighthouse 13 (installed there on first use). */
function lighthouseModules() {
  const cli = execFileSync(
    'npx',
    ['--yes', '-p', 'lighthouse@^13.5.0', '-c', 'readlink -f "$(which lighthouse)"'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
  ).trim()
  // …/node_modules/lighthouse/cli/index.js
  return dirname(dirname(dirname(cli)))
}

/** Does the server on this origin serve the build we are measuring? */
async function checkBuild(origin: string, expected: string) {
  // A kept-alive socket the server has closed meanwhile fails once; a new one then answers.
  const get = async (attempt: number): Promise<string> => {
    try {
      return await (await fetch(`${origin}/`)).text()
    } catch (error) {
      if (attempt === 3) throw error
      return get(attempt + 1)
    }
  }
  const html = await get(1)
  if (sha256(html) !== expected)
    throw new Error(
      `${origin} serves a different build than the one being measured (index.html ${sha256(html).slice(0, 12)}, expected ${expected.slice(0, 12)}): not mixing runs of different builds`,
    )
}

function runOnce(
  modules: string,
  url: string,
  preset: Preset,
  out: string,
  session: boolean,
): Omit<LighthouseSingle, 'page' | 'mode' | 'preset' | 'run'> {
  execFileSync(
    process.execPath,
    [
      resolve('scripts/bench/lh-runner.mjs'),
      JSON.stringify({
        url,
        preset,
        out,
        session: session ? SESSION : undefined,
        chromePath: chromiumPath,
        chromeArgs: chromiumArgs,
      }),
    ],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, LH_MODULES: modules },
      timeout: 240_000,
    },
  )
  const lhr = JSON.parse(readFileSync(out, 'utf8')) as {
    finalDisplayedUrl: string
    categories: Record<string, { score: number }>
    audits: Record<
      string,
      { numericValue: number; details?: { items?: { url: string; statusCode: number }[] } }
    >
  }
  const requests = lhr.audits['network-requests'].details?.items ?? []
  return {
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    fcpMs: Math.round(lhr.audits['first-contentful-paint'].numericValue),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: +lhr.audits['cumulative-layout-shift'].numericValue.toFixed(3),
    finalUrl: lhr.finalDisplayedUrl,
    apiAnswers: requests.filter(
      (r) => r.url.includes('/gateway/') && r.statusCode >= 200 && r.statusCode < 300,
    ).length,
  }
}

/**
 * Lighthouse 13, mobile and desktop, on the bare React + React Router page and on the console's
 * pages in two modes: the embedded mock (what a new user sees first) and Manager mode against the
 * mock Manager over HTTP (`npm run mock-manager`: the console's own cost, without the mock on the
 * page). Runs are interleaved (every page once, then again) so a slow minute hits them all; mobile
 * five times, desktop three (LH_RUNS sets both). LH_PAGES (e.g. `connectors,connector`),
 * LH_MODES (`mock,manager`) and LH_PRESETS (`mobile`) narrow a run while working on one page.
 */
export async function lighthouseReport(appOut: string, bareOut: string, build: BuildIdentity) {
  const wanted = (name: string, all: string[]) =>
    process.env[name] ? process.env[name].split(',').filter((x) => all.includes(x)) : all
  const pages = PAGES.filter((p) =>
    wanted(
      'LH_PAGES',
      PAGES.map((x) => x.name),
    ).includes(p.name),
  )
  const modes = wanted('LH_MODES', ['mock', 'manager']) as Mode[]
  const presets = wanted('LH_PRESETS', ['mobile', 'desktop']) as Preset[]
  const runsFor = (preset: Preset) =>
    Math.max(1, Number(process.env.LH_RUNS ?? (preset === 'mobile' ? 5 : 3)))

  const modules = lighthouseModules()
  const servers: ChildProcess[] = []
  const singles: LighthouseSingle[] = []
  try {
    servers.push(await serve(bareOut, 4291))
    const origins: Record<Mode, string> = {
      bare: 'http://localhost:4291',
      mock: 'http://localhost:4290',
      manager: 'http://localhost:4292',
    }
    if (modes.includes('mock')) servers.push(await serve(appOut, 4290))
    if (modes.includes('manager')) {
      servers.push(await serveMockManager(4293))
      servers.push(await serve(appOut, 4292, { HARNESS_MANAGER_URL: 'http://127.0.0.1:4293' }))
    }
    const targets: { page: string; mode: Mode; url: string }[] = [
      { page: 'bare', mode: 'bare', url: `${origins.bare}/` },
      ...modes.flatMap((mode) =>
        pages.map((p) => ({ page: p.name, mode, url: `${origins[mode]}${p.path}` })),
      ),
    ]
    for (const preset of presets)
      for (let run = 1; run <= runsFor(preset); run++)
        for (const target of targets) {
          const origin = new URL(target.url).origin
          await checkBuild(origin, target.mode === 'bare' ? build.bareHash : build.appHash)
          const out = resolve(
            'bench-results',
            `lh-${target.mode}-${target.page}-${preset}-${run}.json`,
          )
          const result = {
            ...target,
            preset,
            run,
            ...runOnce(modules, target.url, preset, out, target.mode === 'manager'),
          }
          delete (result as { url?: string }).url
          console.log(
            `lighthouse ${preset} ${target.mode} ${target.page} #${run}: perf ${result.performance}, FCP ${result.fcpMs} ms, LCP ${result.lcpMs} ms, TBT ${result.tbtMs} ms, CLS ${result.cls}, a11y ${result.accessibility}, API answers ${result.apiAnswers}`,
          )
          if (new URL(result.finalUrl).pathname !== new URL(target.url).pathname)
            throw new Error(`${target.url} ended on ${result.finalUrl}: not the page asked for`)
          if (target.mode !== 'bare' && target.page !== 'home' && result.apiAnswers === 0)
            throw new Error(`${target.url} read nothing from the API during the run`)
          singles.push(result)
        }
  } finally {
    await Promise.all(servers.map(stop))
  }
  return { singles, summaries: summarize(singles) }
}

export function summarize(singles: LighthouseSingle[]): LighthouseSummary[] {
  const groups = new Map<string, LighthouseSingle[]>()
  for (const s of singles) {
    const key = `${s.preset}|${s.mode}|${s.page}`
    groups.set(key, [...(groups.get(key) ?? []), s])
  }
  return [...groups.values()].map((list) => {
    const sorted = [...list].sort((a, b) => a.performance - b.performance)
    const medianRun = sorted[Math.floor(sorted.length / 2)]
    return {
      page: list[0].page,
      mode: list[0].mode,
      preset: list[0].preset,
      runs: list.map((s) => s.performance),
      median: medianRun.performance,
      min: sorted[0].performance,
      max: sorted.at(-1)!.performance,
      medianRun,
    }
  })
}
