import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import type { Plugin, ProxyOptions } from 'vite'
import { defineConfig } from 'vitest/config'

import { routePreload } from './scripts/vite-route-preload.ts'
import { routePreloads } from './src/app/route-preload.ts'
import { applyStoredTheme } from './src/app/theme/theme-boot.ts'

/**
 * The backend is chosen at run time, not build time: the built files are the same for the embedded
 * mock and for a real Manager. `HARNESS_MANAGER_URL` (e.g. https://app.harness.io) turns on Manager
 * mode for `npm start` and `npm run preview`: `/config.json` says so and `/gateway` is proxied there,
 * so the browser only ever talks to its own origin (connect-src 'self').
 */
const managerUrl = process.env.HARNESS_MANAGER_URL?.replace(/\/+$/, '')

/** Strict CSP for the production build: no inline script, no eval, API calls to our own origin only. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // Radix and sonner inject <style> elements at run time; scripts stay strict.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ')

function runtimeConfig(): Plugin {
  const body = JSON.stringify(
    managerUrl ? { backend: 'manager', managerLabel: managerUrl } : { backend: 'mock' },
  )
  const serve = (server: {
    middlewares: {
      use: (
        path: string,
        fn: (req: unknown, res: import('node:http').ServerResponse) => void,
      ) => void
    }
  }) => {
    if (!managerUrl) return
    server.middlewares.use('/config.json', (_req, res) => {
      res.setHeader('Content-Type', 'application/json')
      res.setHeader('Cache-Control', 'no-store')
      res.end(body)
    })
  }
  return {
    name: 'delegate-console:runtime-config',
    configureServer: serve,
    configurePreviewServer: (server) => {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', `${contentSecurityPolicy}; frame-ancestors 'none'`)
        res.setHeader('X-Content-Type-Options', 'nosniff')
        res.setHeader('Referrer-Policy', 'no-referrer')
        next()
      })
      serve(server)
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        ctx.server
          ? html
          : {
              html: html.replace(
                '<meta charset="UTF-8" />',
                `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
              ),
              // Every page waits for the config (src/api/runtime-config.ts): ask for it with the
              // entry, not once the entry has run. The app's own fetch is answered by this one.
              tags: [
                {
                  tag: 'link',
                  attrs: { rel: 'preload', href: '/config.json', as: 'fetch', crossorigin: '' },
                  injectTo: 'head',
                },
              ],
            },
    },
  }
}

const proxy: Record<string, ProxyOptions> | undefined = managerUrl
  ? {
      '/gateway': {
        target: managerUrl,
        changeOrigin: true,
        secure: true,
        // Never forward the browser's cookies to the Manager: the API key is the only credential.
        headers: { cookie: '' },
      },
    }
  : undefined

/** Matches a module under any of these folders of node_modules or of src. */
function under(folders: { node_modules?: string[]; src?: string[] }) {
  const patterns = Object.entries(folders).map(
    ([root, names]) => new RegExp(`[\\\\/]${root}[\\\\/](${names.join('|')})([\\\\/.]|$)`),
  )
  return (id: string) => patterns.some((pattern) => pattern.test(id))
}

/** The dialog component goes with Radix (ui); the other shared components do not. */
const isDialog = under({ src: ['components/ui/dialog'] })

/**
 * Classic zod's setup module, which only forms import. Left in 'shared' (it is under src/lib), it
 * took zod's core utilities with it into a chunk every page loads first (9 kB for nothing).
 */
const isFormsZod = under({ src: ['lib/zod'] })

/**
 * The HCL string writer: only the installers' Terraform and the connectors' Terraform export use
 * it. In 'shared' (it is under src/lib) every first page would load it.
 */
const isHclWriter = under({ src: ['lib/hcl-string'] })

/**
 * Provider logos: one chunk per logo, fetched when a badge first shows it, and the badge component
 * in a chunk of its own that only the pages with badges (connectors, network) load.
 */
const isProviderLogo = under({ src: ['components/provider-logo'] })

/**
 * The lists' saved views: in 'shared' they made the first page load the dialogs' chunk (Radix), 15 kB
 * gzip for a row no first page shows. Left out, they go with the list pages that use them.
 */
const isSavedViews = under({ src: ['components/saved-views'] })

/**
 * Icons that only the command palette draws (the theme's): left out of 'shared', they load with the
 * palette's chunk on first use instead of with every first page.
 */
const isPaletteIcon = under({
  node_modules: [String.raw`lucide-react[\\/]dist[\\/]esm[\\/]icons[\\/](moon|sun|sun-moon)`],
})

/** The contract derived from Harness's client: only the embedded mock reads it, on first write. */
const isContract = under({ src: ['api/contract'] })

/** Parts of zod's core that only its classic API uses (JSON Schema, compiled parsers): with forms. */
const isClassicZodOnly = under({
  node_modules: [
    String.raw`zod[\/]v4[\/]core[\/](compile|to-json-schema|json-schema|json-schema-processors|json-schema-generator|memoizer|visit|doc)`,
  ],
})

/**
 * A few shared chunks instead of one per combination of pages that use a module. Left to itself
 * the bundler made some 40 chunks of a few hundred bytes (an icon, a hook): a page then fetched 40
 * files and added 40 preload links before it could render, which costs a phone more than the
 * bytes saved. ADR 0003 has the numbers.
 */
const chunkGroups = (() => {
  // zod's core and its tree-shakable `zod/mini`, which the API's schemas use (the classic API,
  // which only forms use, loads with them), and React Query's hooks (its client is in the entry).
  const api = under({
    node_modules: [
      String.raw`zod[\\/](v4[\\/](core|mini)|mini)`,
      String.raw`@tanstack[\\/](react-query|query-core)`,
    ],
    src: ['api', 'lib/zod-mini'],
  })
  // What the connectors list, detail and new pages all read: the test call, health status and
  // history. Files of a few hundred bytes each, otherwise.
  // Also the one-click test, the test-all run's store, the provider index and the catalog's
  // not-created list, which the list shares with the palette, the header and the form: apart, they
  // were four more files of 1–2 kB before the list could paint.
  const connectorsCore = under({
    src: [
      String.raw`features[\\/]connectors[\\/](api[\\/]test|health[\\/](stages|history-store|history|status|health-badge|health\.module|test-run-store|use-test-all)|list[\\/](use-one-click-test|use-list-params)|shared[\\/]shared\.module)`,
      String.raw`catalog[\\/](provider-index|not-created)`,
    ],
  })
  // The same for the token and delegate pages. Not the helpers that bring a large dependency
  // with them (a group's chunk takes its modules' dependencies too): the token name's schema
  // (classic zod, which only the generate form needs) and the auto-upgrade instructions (the YAML
  // library, for the group page). In the group, they made the tokens list load 40 kB gzip more
  // before its first paint (ADR 0003).
  const delegatesCore = (id: string) =>
    under({ src: [String.raw`features[\\/]delegates[\\/](lib|delegates\.module)`] })(id) &&
    !under({ src: [String.raw`features[\\/]delegates[\\/]lib[\\/](token-name|auto-upgrade)`] })(id)
  const ui = under({
    node_modules: [
      '@radix-ui',
      '@floating-ui',
      'react-remove-scroll',
      'react-remove-scroll-bar',
      'aria-hidden',
      'use-sidecar',
      'use-callback-ref',
      'react-style-singleton',
      'get-nonce',
      'tslib',
    ],
  })
  const forms = under({ node_modules: ['react-hook-form', '@hookform'] })
  const shared = under({
    node_modules: ['lucide-react'],
    src: [
      'components',
      'hooks',
      'lib',
      'catalog/categories',
      'features/onboarding/(overlays|walkthrough-banner|progress|steps|onboarding\\.module)',
      'features/onboarding/tours/(tour-offer|tour-state|tours)',
    ],
  })
  return [
    // What the first page needs, React included, stays with the entry.
    { name: 'app', tags: ['$initial' as const], priority: 10 },
    // Icons and the app's own shared components, hooks and helpers. It goes before 'ui', so the
    // dialog's close icon stays here and a page with an icon does not pull in Radix.
    {
      name: 'shared',
      test: (id: string) =>
        shared(id) &&
        !isDialog(id) &&
        !api(id) &&
        !isFormsZod(id) &&
        !isHclWriter(id) &&
        !isProviderLogo(id) &&
        !isSavedViews(id) &&
        !isPaletteIcon(id),
      priority: 6,
    },
    // What a page whose body loads after its first paint (app/routes/deferred.tsx) paints first
    // with: the frame, and the back arrow a connector's page has in it. In 'shared', that page
    // loaded the whole shared chunk before painting, for one icon.
    {
      name: 'frame',
      test: under({
        src: [String.raw`app[\\/]routes[\\/]deferred`],
        node_modules: [String.raw`lucide-react[\\/]dist[\\/]esm[\\/]icons[\\/]arrow-left\.mjs`],
      }),
      priority: 7,
    },
    // Every page reads the API: the client, its schemas and zod/mini.
    {
      name: 'api',
      test: (id: string) => api(id) && !isClassicZodOnly(id) && !isContract(id),
      priority: 5,
    },
    // Dialogs, menus, popovers and toasts: none is on screen as a page first paints.
    { name: 'ui', test: (id: string) => ui(id) || isDialog(id), priority: 4 },
    // Toasts follow a user's action (lib/toast.ts loads sonner on first use): not with every dialog.
    { name: 'toast', test: under({ node_modules: ['sonner'] }), priority: 4 },
    { name: 'forms', test: forms, priority: 3 },
    { name: 'connectors-core', test: connectorsCore, priority: 2 },
    { name: 'delegates-core', test: delegatesCore, priority: 2 },
  ]
})()

/** DOM test files that replace a module with vi.mock: each needs its own module graph. */
const DOM_ISOLATED = ['src/features/installers/installers-page.test.tsx']

const port = Number(process.env.PORT ?? 5173)
const previewPort = Number(process.env.PREVIEW_PORT ?? 4173)

export default defineConfig({
  plugins: [react(), runtimeConfig(), routePreload(routePreloads, applyStoredTheme)],
  // Per work tree (node_modules may be shared between git worktrees).
  cacheDir: '.vite',
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // Tests only: single fetchers and types of Harness's client, without its 900-module index.
      '@harness-client': fileURLToPath(
        new URL('./node_modules/@harnessio/react-ng-manager-v2-client/dist', import.meta.url),
      ),
      // The browser's embedded mock needs no cookie jar (src/mocks/empty-cookie-jar.ts); Vitest
      // runs MSW in Node with the real one.
      ...(process.env.VITEST
        ? {}
        : {
            'tough-cookie': fileURLToPath(
              new URL('./src/mocks/empty-cookie-jar.ts', import.meta.url),
            ),
          }),
    },
  },
  server: { host: 'localhost', port, strictPort: true, proxy },
  preview: { host: 'localhost', port: previewPort, strictPort: true, proxy },
  build: {
    outDir: process.env.BUILD_OUT_DIR ?? 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // No <link rel=modulepreload> per file a lazy chunk imports: inserting them (15 to 25 at once
    // as a page's body and the shell's lazy parts load after the first paint) was a task of
    // 100-200 ms on a throttled phone. The browser's module loader fetches those imports itself,
    // a round trip later; stylesheets still load first. ADR 0003 has the measurements.
    modulePreload: false,
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  test: {
    globals: true,
    // Worker threads, not forked processes: the whole of Vitest took 118 s against 154 s on this
    // 2-core machine (a new process per file costs more than a new thread).
    pool: 'threads',
    restoreMocks: true,
    server: {
      deps: {
        // Harness's API client ships ESM without "type": "module" and with extensionless
        // imports; Vite transforms it so its fetchers can drive the mock in the contract tests.
        inline: [/@harnessio[\\/]react-ng-manager-v2-client/],
      },
    },
    // Two projects so only what renders pays for a DOM: jsdom costs about a second a file on
    // this 2-core machine, and most tests (catalog, contract, installers, mock) are plain logic.
    // A .test.ts that needs the DOM says so with a `@vitest-environment jsdom` docblock.
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          include: ['src/**/*.test.ts'],
          // Files share their worker's modules: 31 s against 50 s. src/test/setup-fresh.ts gives
          // each file the state a fresh module graph would have.
          isolate: false,
          setupFiles: ['./src/test/setup.ts', './src/test/setup-fresh.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          // One jsdom per worker, not per file (about half the time); a file that mocks a module
          // with vi.mock needs a module graph of its own, so it runs in 'dom-isolated' below.
          exclude: DOM_ISOLATED,
          isolate: false,
          // A render, the lazy chunks it loads and the user's steps: on a busy 2-core machine
          // (a second `npm test` beside this one) a form test takes several times its idle 2 s.
          testTimeout: 20_000,
          setupFiles: [
            './src/test/setup.ts',
            './src/test/setup-dom.ts',
            './src/test/setup-fresh.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom-isolated',
          environment: 'jsdom',
          include: DOM_ISOLATED,
          testTimeout: 20_000,
          setupFiles: ['./src/test/setup.ts', './src/test/setup-dom.ts'],
        },
      },
    ],
  },
})
