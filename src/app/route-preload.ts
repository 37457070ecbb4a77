/**
 * What each page needs before it can paint, by path (react-router's syntax, as in router.tsx). The
 * build turns this into a small async script that index.html loads beside the entry
 * (scripts/vite-route-preload.ts): it starts these chunks and their stylesheets beside the entry
 * instead of after it, so a page no longer waits for the entry to run before its own files are even
 * requested. A page whose module is in the entry (Getting started, and the frames of Delegate
 * Tokens, Connectors and a connector's page: router.tsx) has nothing to ask for. A test checks that
 * each path reaches the page module listed here, and that every page is listed.
 *
 * Read by vite.config.ts at build time, so it imports by relative path, extension included (as
 * Vite's native config loader wants). The pages with a parameter spell their pattern as router.tsx
 * does.
 */
import { paths } from '../lib/paths.ts'

export interface RoutePreload {
  path: string
  /** Source files, from the project's root: the page, then what it loads at once on its own. */
  modules: string[]
}

/** Every page inside the shell also waits for the onboarding overlays (shell/layout.tsx). */
const shell = ['src/features/onboarding/overlays.tsx']

export const routePreloads: RoutePreload[] = [
  { path: paths.signIn, modules: ['src/app/routes/sign-in.tsx'] },
  // Not the Getting started checklist: it loads after the page paints (home.tsx), so the first
  // page stays small (tried with it: the first page grew to 1.57 times the bare page, and
  // Lighthouse was no better).
  { path: paths.home, modules: [...shell, 'src/app/routes/home.tsx'] },
  { path: paths.delegates, modules: [...shell, 'src/app/routes/delegates.tsx'] },
  { path: paths.delegateTokens, modules: [...shell, 'src/app/routes/delegate-tokens.tsx'] },
  {
    path: '/delegates/groups/:identifier',
    modules: [...shell, 'src/app/routes/delegate-group.tsx'],
  },
  {
    path: '/delegates/tokens/:name/rotate',
    modules: [...shell, 'src/app/routes/delegate-token-rotate.tsx'],
  },
  { path: paths.installers, modules: [...shell, 'src/app/routes/installers.tsx'] },
  { path: paths.connectors, modules: [...shell, 'src/app/routes/connectors.tsx'] },
  { path: paths.newConnector, modules: [...shell, 'src/app/routes/connector-new.tsx'] },
  { path: paths.applyConnectors, modules: [...shell, 'src/app/routes/connectors-apply.tsx'] },
  {
    path: '/connectors/:identifier/edit',
    modules: [...shell, 'src/app/routes/connector-edit.tsx'],
  },
  { path: '/connectors/:identifier', modules: [...shell, 'src/app/routes/connector-detail.tsx'] },
  { path: paths.network, modules: [...shell, 'src/app/routes/network.tsx'] },
]

/** A react-router path as an anchored pattern: `:param` is one segment; a trailing slash is fine. */
export function pathPattern(path: string): string {
  const segments = path
    .split('/')
    .filter(Boolean)
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
  return segments.length ? `^/${segments.join('/')}/?$` : '^/$'
}
