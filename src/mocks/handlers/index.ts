import type { RequestHandler } from 'msw'

/** Every handler of the mock Manager, shared by the browser worker, Vitest and the HTTP stand-in. */
export const handlers: RequestHandler[] = []
