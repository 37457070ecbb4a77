import { z } from '@/lib/zod'

/**
 * `/config.json` picks the backend at run time, so one build serves both: `mock` (the embedded
 * MSW Manager, the default) or `manager` (a real Manager behind the same-origin `/gateway` proxy).
 */
export const runtimeConfigSchema = z.object({
  backend: z.enum(['mock', 'manager']).default('mock'),
  managerLabel: z.string().optional(),
})
export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>

let config: RuntimeConfig = { backend: 'mock' }

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  try {
    const response = await fetch('/config.json', { cache: 'no-store' })
    if (response.ok) config = runtimeConfigSchema.parse(await response.json())
  } catch {
    // No config.json (or a broken one): stay on the embedded mock, the documented default.
  }
  return config
}

export function getRuntimeConfig(): RuntimeConfig {
  return config
}

export function setRuntimeConfigForTests(next: RuntimeConfig) {
  config = next
}
