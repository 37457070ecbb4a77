import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runInNewContext } from 'node:vm'
import { brotliCompressSync, gzipSync } from 'node:zlib'

import react from '@vitejs/plugin-react'
import { build } from 'vite'

export interface Size {
  raw: number
  gzip: number
  brotli: number
}
interface ManifestChunk {
  file: string
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
  isEntry?: boolean
  src?: string
  name?: string
}
type Manifest = Record<string, ManifestChunk>

const sizeOf = (buf: Buffer): Size => ({
  raw: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf).length,
})
const add = (a: Size, b: Size): Size => ({
  raw: a.raw + b.raw,
  gzip: a.gzip + b.gzip,
  brotli: a.brotli + b.brotli,
})
const zero: Size = { raw: 0, gzip: 0, brotli: 0 }

/** The files a page needs before it can render: a chunk and its static imports, recursively. */
function closure(manifest: Manifest, keys: string[]) {
  const js = new Set<string>()
  const css = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || js.has(chunk.file)) return
    js.add(chunk.file)
    chunk.css?.forEach((c) => css.add(c))
    chunk.imports?.forEach(visit)
  }
  keys.forEach(visit)
  return { js: [...js], css: [...css] }
}

/**
 * What the browser loads for "/" before the first paint: the entry and its imports, the files
 * index.html preloads, the route preload script, and what that script asks for on "/" (run here
 * with a stand-in document that records each link).
 */
function firstPageFiles(outDir: string, entry: { js: string[]; css: string[] }) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const attr = (tag: string, name: string) => new RegExp(`${name}="([^"]+)"`).exec(tag)?.[1]
  const tags = html.match(/<(link|script)\b[^>]*>/g) ?? []
  const files = new Set<string>()
  let script = ''
  for (const tag of tags) {
    const url = attr(tag, 'href') ?? attr(tag, 'src')
    if (!url?.startsWith('/assets/')) continue
    const isPreload = /rel="(modulepreload|preload|stylesheet)"/.test(tag)
    if (isPreload || tag.startsWith('<script')) files.add(url.slice(1))
    if (tag.startsWith('<script') && url.includes('route-preload-')) script = url.slice(1)
  }
  if (script) {
    const asked: string[] = []
    runInNewContext(readFileSync(join(outDir, script), 'utf8'), {
      location: { pathname: '/' },
      document: {
        // The script first sets the admin's theme on <html> (src/app/theme/theme-boot.ts).
        documentElement: { dataset: {} },
        createElement: () => ({}),
        head: { append: (link: { href: string }) => asked.push(link.href) },
      },
    })
    asked.forEach((url) => files.add(url.slice(1)))
  }
  const all = [...new Set([...entry.js, ...entry.css, ...files])]
  return { js: all.filter((f) => f.endsWith('.js')), css: all.filter((f) => f.endsWith('.css')) }
}

function measure(outDir: string, files: string[]) {
  return files.reduce((total, f) => add(total, sizeOf(readFileSync(join(outDir, f)))), zero)
}

async function buildWithManifest(root: string, outDir: string) {
  await build({
    root,
    logLevel: 'warn',
    configFile: root === process.cwd() ? undefined : false,
    plugins: root === process.cwd() ? [] : [react()],
    build: { outDir, manifest: true, emptyOutDir: true },
  })
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
}

const BARE_MAIN = `import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
const router = createBrowserRouter([{ path: '/', element: <main><h1>Bare page</h1><p>React and React Router, nothing else.</p></main> }])
createRoot(document.getElementById('root')!).render(<RouterProvider router={router} />)
`

/** Build the console and a bare React + React Router page with the same Vite, and compare. */
export async function bundleReport(resultsDir: string) {
  const appOut = resolve(resultsDir, 'dist-app')
  const manifest = await buildWithManifest(process.cwd(), appOut)
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)!
  const first = firstPageFiles(appOut, closure(manifest, [entryKey]))
  const mockKey = Object.keys(manifest).find((k) => k.endsWith('src/mocks/browser.ts'))
  const mock = mockKey ? closure(manifest, [mockKey]) : { js: [], css: [] }
  const mockOnly = { js: mock.js.filter((f) => !first.js.includes(f)), css: [] as string[] }

  const bareDir = resolve(resultsDir, 'bare')
  mkdirSync(bareDir, { recursive: true })
  writeFileSync(
    join(bareDir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Bare</title></head><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>',
  )
  writeFileSync(join(bareDir, 'main.tsx'), BARE_MAIN)
  const bareOut = resolve(resultsDir, 'dist-bare')
  const bareManifest = await buildWithManifest(bareDir, bareOut)
  const bare = closure(bareManifest, [
    Object.keys(bareManifest).find((k) => bareManifest[k].isEntry)!,
  ])

  const firstJs = measure(appOut, first.js)
  const bareJs = measure(bareOut, bare.js)
  const routes = Object.entries(manifest)
    .filter(([k]) => k.includes('src/app/routes/'))
    .map(([k, c]) => ({
      route: k.replace(/.*src\/app\/routes\//, ''),
      ...measure(appOut, [c.file]),
    }))
    .sort((a, b) => b.gzip - a.gzip)
  return {
    firstPage: { js: firstJs, css: measure(appOut, first.css), files: first.js },
    embeddedMock: measure(appOut, mockOnly.js),
    bare: { js: bareJs, css: measure(bareOut, bare.css) },
    ratioGzip: +(firstJs.gzip / bareJs.gzip).toFixed(2),
    ratioBrotli: +(firstJs.brotli / bareJs.brotli).toFixed(2),
    routes,
    appOut,
    bareOut,
  }
}
