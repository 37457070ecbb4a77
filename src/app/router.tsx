import { createBrowserRouter, redirect, type RouteObject } from 'react-router'

import { withQueryClient } from '@/api/query-client-loader'
import { loadRuntimeConfig } from '@/api/runtime-config'
import { loadSession } from '@/api/session'
import { SkeletonRows } from '@/components/ui/states'
import { paths } from '@/lib/paths'

import * as connectorDetail from './routes/connector-detail'
import * as connectors from './routes/connectors'
import * as delegateTokens from './routes/delegate-tokens'
import * as home from './routes/home'
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

/**
 * Every other page is its own chunk (route-level code splitting). A page that reads the API loads
 * React Query's client beside its chunk (`withQueryClient`); the not-found page does not, nor do
 * the pages whose frame paints first and whose body loads after it (routes/deferred.tsx), which
 * load the client with the body: their frames are in the entry.
 */
export const routes: RouteObject[] = [
  {
    path: paths.signIn,
    // The page names the Manager from the config.
    loader: () => loadRuntimeConfig().then(() => null),
    lazy: withQueryClient(() => import('./routes/sign-in')),
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
          // Getting started is the landing page and draws nothing from the API before its first
          // paint: it is part of the entry, so the first page is one file (ADR 0003).
          { index: true, lazy: () => Promise.resolve(home) },
          { path: 'delegates', lazy: withQueryClient(() => import('./routes/delegates')) },
          // These three paint a frame (title, subtitle, skeleton) and load their body after it
          // (routes/deferred.tsx). The frames are a few hundred bytes each, so they are part of
          // the entry too: opened directly, the page paints without waiting for a chunk of its own.
          { path: 'delegates/tokens', lazy: () => Promise.resolve(delegateTokens) },
          {
            path: 'delegates/groups/:identifier',
            lazy: withQueryClient(() => import('./routes/delegate-group')),
          },
          {
            path: 'delegates/tokens/:name/rotate',
            lazy: withQueryClient(() => import('./routes/delegate-token-rotate')),
          },
          {
            path: 'delegates/installers',
            lazy: withQueryClient(() => import('./routes/installers')),
          },
          { path: 'connectors', lazy: () => Promise.resolve(connectors) },
          // Before `connectors/:identifier`, so "new" is never read as an identifier.
          { path: 'connectors/new', lazy: withQueryClient(() => import('./routes/connector-new')) },
          {
            path: 'connectors/new/bundle',
            lazy: withQueryClient(() => import('./routes/connectors-apply')),
          },
          {
            path: 'connectors/:identifier/edit',
            lazy: withQueryClient(() => import('./routes/connector-edit')),
          },
          { path: 'connectors/:identifier', lazy: () => Promise.resolve(connectorDetail) },
          { path: 'network', lazy: withQueryClient(() => import('./routes/network')) },
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
