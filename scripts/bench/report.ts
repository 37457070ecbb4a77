import type { BuildIdentity, LighthouseSingle, LighthouseSummary } from './lighthouse.ts'

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`

export interface Result {
  date: string
  build: BuildIdentity
  machine: {
    cpus: number
    loadAtStart: [number, number, number]
    loadAtEnd: [number, number, number]
  }
  previousBundle: { gzip: number; commit: string; date: string } | null
  bundle: {
    firstPage: { js: { raw: number; gzip: number; brotli: number }; css: { gzip: number } }
    embeddedMock: { gzip: number; brotli: number }
    bare: { js: { raw: number; gzip: number; brotli: number } }
    ratioGzip: number
    ratioBrotli: number
    routes: { route: string; gzip: number; brotli: number }[]
  }
  lighthouse: { singles: LighthouseSingle[]; summaries: LighthouseSummary[] } | null
  large: {
    firstRowsMs: number
    searchToRowsMs: number
    responseToRowsMs: number | null
    testAllMs: number | null
    testAllCount?: number | null
    longestTaskMs: number
    longTasksOver200: number
    jsHeapBytes: number | null
  } | null
}

/** The benchmark as Markdown, with each target marked met or not. */
export function toMarkdown(r: Result) {
  const b = r.bundle
  const lines = [
    `# Benchmark (${r.date})`,
    '',
    `Build: commit ${r.build.commit}, index.html sha256 ${r.build.appHash.slice(0, 12)}. Machine: ${r.machine.cpus} cores, load average ${r.machine.loadAtStart.join(' / ')} at the start and ${r.machine.loadAtEnd.join(' / ')} at the end (1, 5, 15 min).`,
    '',
    '## First page JavaScript',
    '',
    '| | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    `| Delegate Console (what index.html loads for Getting started) | ${kb(b.firstPage.js.raw)} | ${kb(b.firstPage.js.gzip)} | ${kb(b.firstPage.js.brotli)} |`,
    `| Bare React + React Router page | ${kb(b.bare.js.raw)} | ${kb(b.bare.js.gzip)} | ${kb(b.bare.js.brotli)} |`,
    `| Embedded mock (demo mode only, loaded on demand) | | ${kb(b.embeddedMock.gzip)} | ${kb(b.embeddedMock.brotli)} |`,
    '',
    `Ratio (gzip): **×${b.ratioGzip}** (goal ≤ ×1.25: ${b.ratioGzip <= 1.25 ? 'met' : 'not met'}); brotli ×${b.ratioBrotli}. First page CSS ${kb(b.firstPage.css.gzip)} gzip.`,
    ...(r.previousBundle
      ? [
          '',
          `Previous run (a different build: commit ${r.previousBundle.commit}, ${r.previousBundle.date}): ${kb(r.previousBundle.gzip)} gzip; this build ${kb(b.firstPage.js.gzip)}.`,
        ]
      : []),
    '',
    '## Route chunks (gzip)',
    '',
    '| route | gzip | brotli |',
    '| --- | --- | --- |',
    ...b.routes.map((x) => `| ${x.route} | ${kb(x.gzip)} | ${kb(x.brotli)} |`),
  ]
  if (r.lighthouse) lines.push(...lighthouseMarkdown(r.lighthouse))
  if (r.large) {
    const l = r.large
    lines.push(
      '',
      '## Large account (5,000 connectors, 300 tokens)',
      '',
      `- Time to first rows on Connectors: ${l.firstRowsMs} ms`,
      `- Keystroke in search to updated rows: ${l.searchToRowsMs} ms (includes the 300 ms debounce and the mock's answer)`,
      `- Search response to updated rows: ${l.responseToRowsMs ?? 'n/a'} ms (goal under 50 ms: ${l.responseToRowsMs !== null && l.responseToRowsMs < 50 ? 'met' : 'not met'})`,
      `- Test-all to the end: ${l.testAllMs === null ? 'not measured' : `${l.testAllMs} ms for ${l.testAllCount ?? '?'} connectors (4 at a time; the mock answers each in 250–900 ms)`}`,
      `- During test-all: ${l.longestTaskMs ? `longest task ${l.longestTaskMs} ms` : 'no long task (none over 50 ms)'}; tasks over 200 ms: ${l.longTasksOver200} (target 0: ${l.longTasksOver200 === 0 ? 'met' : 'not met'})`,
      `- JS heap at the end: ${l.jsHeapBytes ? `${(l.jsHeapBytes / 1048576).toFixed(1)} MB` : 'n/a'}`,
    )
  }
  return lines.join('\n') + '\n'
}

const MODE_LABEL = { bare: 'bare page', mock: 'embedded mock', manager: 'Manager mode' }

/** Every run, then each page's median and spread against the bare page's, with the goals. */
function lighthouseMarkdown({
  singles,
  summaries,
}: {
  singles: LighthouseSingle[]
  summaries: LighthouseSummary[]
}) {
  const lines = [
    '',
    '## Lighthouse',
    '',
    'Every run, in the order it ran (interleaved):',
    '',
    '| preset | mode | page | run | performance | FCP | LCP | TBT | CLS | accessibility |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...singles.map(
      (s) =>
        `| ${s.preset} | ${MODE_LABEL[s.mode]} | ${s.page} | ${s.run} | ${s.performance} | ${s.fcpMs} ms | ${s.lcpMs} ms | ${s.tbtMs} ms | ${s.cls} | ${s.accessibility} |`,
    ),
  ]
  for (const preset of ['mobile', 'desktop'] as const) {
    const rows = summaries.filter((x) => x.preset === preset)
    if (!rows.length) continue
    const bare = rows.find((x) => x.mode === 'bare')
    lines.push(
      '',
      `### ${preset === 'mobile' ? 'Mobile' : 'Desktop'}: medians and spread`,
      '',
      "| mode | page | median | spread (min–max) | runs | gap to bare median | worst run's gap | median run: FCP, LCP, TBT, CLS | a11y |",
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map((x) => {
        const gap = bare ? x.median - bare.median : null
        const worst = bare ? x.min - bare.median : null
        const m = x.medianRun
        return `| ${MODE_LABEL[x.mode]} | ${x.page} | ${x.median} | ${x.min}–${x.max} | ${x.runs.join(', ')} | ${gap === null ? '' : gap} | ${worst === null ? '' : worst} | ${m.fcpMs} ms, ${m.lcpMs} ms, ${m.tbtMs} ms, ${m.cls} | ${m.accessibility} |`
      }),
    )
    if (preset === 'mobile' && bare) {
      const pages = rows.filter((x) => x.mode !== 'bare')
      const within = pages.filter((x) => x.median >= bare.median - 1)
      const noBadRun = pages.filter((x) => x.min >= bare.median - 3)
      lines.push(
        '',
        `- Median within 1 point of the bare page's (${bare.median}): ${within.length} of ${pages.length} (${
          pages.length === within.length
            ? 'met'
            : `not met: ${pages
                .filter((x) => !within.includes(x))
                .map((x) => `${x.page} (${MODE_LABEL[x.mode]}) ${x.median}`)
                .join(', ')}`
        }).`,
        `- No single run more than 3 points under it: ${noBadRun.length} of ${pages.length} (${
          pages.length === noBadRun.length
            ? 'met'
            : `not met: ${pages
                .filter((x) => !noBadRun.includes(x))
                .map((x) => `${x.page} (${MODE_LABEL[x.mode]}) ${x.min}`)
                .join(', ')}`
        }).`,
      )
    }
  }
  return lines
}
