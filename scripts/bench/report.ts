import type { LighthouseRun } from './lighthouse.ts'

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`

interface Result {
  date: string
  bundle: {
    firstPage: { js: { raw: number; gzip: number; brotli: number }; css: { gzip: number } }
    embeddedMock: { gzip: number; brotli: number }
    bare: { js: { raw: number; gzip: number; brotli: number } }
    ratioGzip: number
    ratioBrotli: number
    routes: { route: string; gzip: number; brotli: number }[]
  }
  lighthouse: LighthouseRun[] | null
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
    '## First page JavaScript',
    '',
    '| | raw | gzip | brotli |',
    '| --- | --- | --- | --- |',
    `| Delegate Console (what index.html loads for Getting started) | ${kb(b.firstPage.js.raw)} | ${kb(b.firstPage.js.gzip)} | ${kb(b.firstPage.js.brotli)} |`,
    `| Bare React + React Router page | ${kb(b.bare.js.raw)} | ${kb(b.bare.js.gzip)} | ${kb(b.bare.js.brotli)} |`,
    `| Embedded mock (demo mode only, loaded on demand) | | ${kb(b.embeddedMock.gzip)} | ${kb(b.embeddedMock.brotli)} |`,
    '',
    `Ratio (gzip): **×${b.ratioGzip}** (target ≤ ×1.5: ${b.ratioGzip <= 1.5 ? 'met' : 'not met'}); brotli ×${b.ratioBrotli}. First page CSS ${kb(b.firstPage.css.gzip)} gzip.`,
    '',
    '## Route chunks (gzip)',
    '',
    '| route | gzip | brotli |',
    '| --- | --- | --- |',
    ...b.routes.map((x) => `| ${x.route} | ${kb(x.gzip)} | ${kb(x.brotli)} |`),
  ]
  if (r.lighthouse) {
    lines.push(
      '',
      '## Lighthouse',
      '',
      '| page | preset | performance | accessibility | best practices | LCP | TBT | CLS |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...r.lighthouse.map(
        (l) =>
          `| ${l.page} | ${l.preset} | ${l.performance}${l.runs && l.runs.length > 1 ? ` (runs: ${l.runs.join(', ')})` : ''} | ${l.accessibility} | ${l.bestPractices} | ${l.lcpMs} ms | ${l.tbtMs} ms | ${l.cls} |`,
      ),
    )
    const bare = r.lighthouse.find((l) => l.page === 'bare' && l.preset === 'mobile')
    if (bare)
      for (const l of r.lighthouse.filter((x) => x.preset === 'mobile' && x.page !== 'bare'))
        lines.push(
          `- ${l.page}: performance ${l.performance - bare.performance >= -3 ? 'within' : 'more than'} 3 points of the bare page; accessibility ${l.accessibility === 100 ? '100' : `${l.accessibility} (target 100)`}`,
        )
  }
  if (r.large) {
    const l = r.large
    lines.push(
      '',
      '## Large account (5,000 connectors, 300 tokens)',
      '',
      `- Time to first rows on Connectors: ${l.firstRowsMs} ms`,
      `- Keystroke in search to updated rows: ${l.searchToRowsMs} ms (includes the 300 ms debounce and the mock's answer)`,
      `- Search response to updated rows: ${l.responseToRowsMs ?? 'n/a'} ms (target under 100 ms: ${l.responseToRowsMs !== null && l.responseToRowsMs < 100 ? 'met' : 'not met'})`,
      `- Test-all to the end: ${l.testAllMs === null ? 'not measured' : `${l.testAllMs} ms for ${l.testAllCount ?? '?'} connectors (4 at a time; the mock answers each in 250–900 ms)`}`,
      `- During test-all: ${l.longestTaskMs ? `longest task ${l.longestTaskMs} ms` : 'no long task (none over 50 ms)'}; tasks over 200 ms: ${l.longTasksOver200} (target 0: ${l.longTasksOver200 === 0 ? 'met' : 'not met'})`,
      `- JS heap at the end: ${l.jsHeapBytes ? `${(l.jsHeapBytes / 1048576).toFixed(1)} MB` : 'n/a'}`,
    )
  }
  return lines.join('\n') + '\n'
}
