import { createBrowserRouter, redirect, type RouteObject } from 'react-router'

import { loadRuntimeConfig } from '@/api/runtime-config'
import { loadSession } from '@/api/session'
import { SkeletonRows } from '@/components/ui/states'
import { paths } from '@/lib/paths'

import { RouteError } from './routes/route-error'
import { Layout } from './shell/layout'

/**
 * In Manager mode every page needs a session; back to sign-in, then back here. The first call
 * waits for `/config.json`, which loads beside the page's chunk (main.tsx).
 */
async function requireSession({ request }: { request: Request }) {
  const { backend } = await loadRuntimeConfig()
  if (backend !== 'manager' || loadSession()) return null
  const url = new URL(request.url)
  return redirect(`${paths.signIn}?next=${encodeURIComponent(url.pathname + url.search)}`)
}

/** Every page is its own chunk (route-level code splitting). */
export const routes: RouteObject[] = [
  {
    path: paths.signIn,
    // The page names the Manager from the config.
    loader: () => loadRuntimeConfig().then(() => null),
    lazy: () => import('./routes/sign-in'),
    HydrateFallback: () => null,
  },
  {
    path: '/',
    Component: Layout,
    loader: requireSession,
    // Filters live in the search params; only a new page needs the session check again.
    shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
    ErrorBoundary: RouteError,
    HydrateFallback: () => <SkeletonRows rows={6} label="Loading the console" />,
    children: [
      {
        ErrorBoundary: RouteError,
        children: [
          { index: true, lazy: () => import('./routes/home') },
          { path: 'delegates', lazy: () => import('./routes/delegates') },
          { path: 'delegates/tokens', lazy: () => import('./routes/delegate-tokens') },
          { path: 'delegates/groups/:identifier', lazy: () => import('./routes/delegate-group') },
          {
            path: 'delegates/tokens/:name/rotate',
            lazy: () => import('./routes/delegate-token-rotate'),
          },
          { path: 'delegates/installers', lazy: () => import('./routes/installers') },
          { path: 'connectors', lazy: () => import('./routes/connectors') },
          // Before `connectors/:identifier`, so "new" is never read as an identifier.
          { path: 'connectors/new', lazy: () => import('./routes/connector-new') },
          { path: 'connectors/new/bundle', lazy: () => import('./routes/connectors-apply') },
          { path: 'connectors/:identifier/edit', lazy: () => import('./routes/connector-edit') },
          { path: 'connectors/:identifier', lazy: () => import('./routes/connector-detail') },
          { path: 'network', lazy: () => import('./routes/network') },
          { path: '*', lazy: () => import('./routes/not-found') },
        ],
      },
    ],
  },
]

export function createRouter() {
  return createBrowserRouter(routes)
}
export type AppRouter = ReturnType<typeof createRouter>
