/**
 * `/config.json` picks the backend at run time, so one build serves both: `mock` (the embedded
 * MSW Manager, the default) or `manager` (a real Manager behind the same-origin `/gateway` proxy).
 * Checked by hand rather than with zod: this runs before the first paint, and zod is not needed
 * on the first page (see docs/decisions/0003-first-page-weight.md).
 */
export interface RuntimeConfig {
  backend: 'mock' | 'manager'
  managerLabel?: string
  /** How long a request may take before the console gives up (default 30 s). */
  requestTimeoutMs?: number
}

let config: RuntimeConfig = { backend: 'mock' }

export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  if (!value || typeof value !== 'object') return { backend: 'mock' }
  const { backend, managerLabel, requestTimeoutMs } = value as Record<string, unknown>
  return {
    backend: backend === 'manager' ? 'manager' : 'mock',
    managerLabel: typeof managerLabel === 'string' ? managerLabel : undefined,
    requestTimeoutMs:
      typeof requestTimeoutMs === 'number' && requestTimeoutMs >= 500
        ? requestTimeoutMs
        : undefined,
  }
}

let loading: Promise<RuntimeConfig> | null = null

/** Fetches `/config.json` once; later calls (the router's loaders) get the same answer. */
export function loadRuntimeConfig(): Promise<RuntimeConfig> {
  loading ??= fetch('/config.json', { cache: 'no-store' })
    .then(async (response) => {
      if (response.ok) config = parseRuntimeConfig(await response.json())
      return config
    })
    // No config.json (or a broken one): stay on the embedded mock, the documented default.
    .catch(() => config)
  return loading
}

export function getRuntimeConfig(): RuntimeConfig {
  return config
}

export function setRuntimeConfigForTests(next: RuntimeConfig) {
  config = next
  loading = Promise.resolve(next)
}
