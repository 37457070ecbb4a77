import { matchRoutes, type RouteObject } from 'react-router'

import { pathPattern, routePreloads } from './route-preload'
import { routes } from './router'

/** The full path of every route that loads a page, as the router spells it. */
function pagePaths(list: RouteObject[], parent = ''): string[] {
  return list.flatMap((route) => {
    const path = route.path
      ? route.path.startsWith('/')
        ? route.path
        : `${parent.replace(/\/$/, '')}/${route.path}`
      : parent
    const own = route.lazy ? [route.index ? parent || '/' : path] : []
    return [...own, ...pagePaths(route.children ?? [], path)]
  })
}

/** What the preload script does: the first pattern that matches the address. */
function preloadFor(pathname: string) {
  return routePreloads.find(({ path }) => new RegExp(pathPattern(path)).test(pathname))
}

/** The page module the router loads for an address. */
async function pageFor(pathname: string) {
  const leaf = matchRoutes(routes, pathname)?.at(-1)?.route
  if (typeof leaf?.lazy !== 'function') throw new Error(`no lazy page for ${pathname}`)
  return leaf.lazy()
}

describe('route preloads (what index.html starts fetching for the address)', () => {
  it('list every page of the router except the not-found page', () => {
    expect(routePreloads.map((r) => r.path).sort()).toEqual(
      pagePaths(routes)
        .filter((path) => !path.endsWith('*'))
        .sort(),
    )
  })

  it.each([
    '/',
    '/sign-in',
    '/delegates',
    '/delegates/tokens',
    '/delegates/tokens/',
    '/delegates/tokens/ci-token/rotate',
    '/delegates/installers',
    '/connectors',
    '/connectors/new',
    '/connectors/github_main',
    '/connectors/github_main/edit',
    '/network',
  ])('%s: the preload names the page the router shows', async (pathname) => {
    const preload = preloadFor(pathname)
    expect(preload).toBeDefined()
    const page = preload!.modules.find((module) => module.startsWith('src/app/routes/'))
    expect(await pageFor(pathname)).toBe(await import(/* @vite-ignore */ `/${page}`))
  })

  it.each(['/nope', '/connectors/a/b/c', '/delegates/tokens/x', '/sign-in/x'])(
    '%s: nothing to preload for an address no page has',
    (pathname) => {
      expect(preloadFor(pathname)).toBeUndefined()
    },
  )

  it('matches a parameter as one segment and escapes the rest', () => {
    expect(pathPattern('/')).toBe('^/$')
    expect(pathPattern('/connectors/:identifier/edit')).toBe('^/connectors/[^/]+/edit/?$')
    expect(new RegExp(pathPattern('/a.b')).test('/axb')).toBe(false)
  })
})
