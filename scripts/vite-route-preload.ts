import { createHash } from 'node:crypto'
import { resolve } from 'node:path'
import type { Plugin, Rolldown } from 'vite'

import { pathPattern, type RoutePreload } from '../src/app/route-preload.ts'

/**
 * The script index.html loads beside the entry (async, and small, so it runs first as a rule): the
 * first pattern that matches the address names the page's files, which it asks for at once
 * (module preloads, and stylesheet preloads the page's own stylesheet links then find ready).
 * Serialised into the build as it is written here.
 */
function preloadPage(table: [pattern: string, files: string[]][]) {
  const hit = table.find(([pattern]) => new RegExp(pattern).test(location.pathname))
  for (const href of hit?.[1] ?? []) {
    const link = document.createElement('link')
    if (href.endsWith('.css')) {
      link.rel = 'preload'
      link.as = 'style'
    } else link.rel = 'modulepreload'
    // As Vite's own preloads do, so the module fetch finds this one.
    link.crossOrigin = ''
    link.href = href
    document.head.append(link)
  }
}

type Chunk = Rolldown.OutputChunk

/** A chunk's files and those of everything it imports statically: what it needs to run. */
function closure(start: Chunk[], bundle: Rolldown.OutputBundle): string[] {
  const files = new Set<string>()
  const visit = (chunk: Chunk) => {
    if (files.has(chunk.fileName)) return
    files.add(chunk.fileName)
    for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css)
    for (const name of chunk.imports) {
      const next = bundle[name]
      if (next?.type === 'chunk') visit(next)
    }
  }
  start.forEach(visit)
  return [...files]
}

/**
 * Without this, a page's chunk is asked for only once the entry has arrived and run (the router's
 * lazy route), and the chunks it imports after that: two more round trips before the first paint.
 *
 * Emits the page preload script (see preloadPage) and loads it from index.html. The files every
 * page needs are preload links in index.html itself. Build only: the dev server loads modules one
 * by one anyway.
 */
export function routePreload(
  routes: RoutePreload[],
  /**
   * A self-contained function the script runs first, as soon as it arrives (the admin's theme:
   * src/app/theme/theme-boot.ts). Its source is copied, so it may use nothing from its module.
   */
  prelude?: () => void,
): Plugin {
  let root = process.cwd()
  let base = '/'
  let script: string | undefined
  let common: string[] = []
  return {
    name: 'delegate-console:route-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    // Before Vite writes index.html (its own generateBundle), which then takes the tags below.
    generateBundle: {
      order: 'pre',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((file): file is Chunk => file.type === 'chunk')
        const holding = (module: string) => {
          const id = resolve(root, module)
          const chunk = chunks.find((c) => c.moduleIds.includes(id))
          if (!chunk) throw new Error(`route-preload: no chunk holds ${module}`)
          return chunk
        }
        // index.html loads the entry and what it imports already.
        const initial = new Set(
          closure(
            chunks.filter((c) => c.isEntry),
            bundle,
          ),
        )
        const pages = routes.map(({ path, modules }) => ({
          pattern: pathPattern(path),
          files: closure(modules.map(holding), bundle).filter((file) => !initial.has(file)),
        }))
        // What every page needs goes in index.html itself; the script adds only the page's own.
        common = pages[0].files.filter((file) => pages.every((page) => page.files.includes(file)))
        const table = pages.map(({ pattern, files }): [string, string[]] => [
          pattern,
          files.filter((file) => !common.includes(file)).map((file) => base + file),
        ])
        const source =
          (prelude ? `(${prelude.toString()})();\n` : '') +
          `(${preloadPage.toString()})(${JSON.stringify(table)});\n`
        const hash = createHash('sha256').update(source).digest('base64url').slice(0, 8)
        script = `assets/route-preload-${hash}.js`
        this.emitFile({ type: 'asset', fileName: script, source })
      },
    },
    transformIndexHtml: {
      order: 'post',
      handler: () =>
        script && [
          ...common.map((file) => ({
            tag: 'link',
            attrs: file.endsWith('.css')
              ? { rel: 'preload', as: 'style', href: base + file, crossorigin: '' }
              : { rel: 'modulepreload', href: base + file, crossorigin: '' },
            injectTo: 'head' as const,
          })),
          // Async: a classic script in <head> holds back the first paint by a round trip of its
          // own (ADR 0003). It is 2 kB beside a 5 kB stylesheet that blocks rendering anyway, so
          // it has run before anything paints; main.tsx applies the theme again in case not.
          { tag: 'script', attrs: { src: base + script, async: true }, injectTo: 'head' },
        ],
    },
  }
}
