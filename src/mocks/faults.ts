import { delay, http, HttpResponse } from 'msw'
import { fieldErrorSchema } from '@/api/schemas/common'
import { z } from '@/lib/zod-mini'

import { errorBody, failure, gw } from './http'

/**
 * The fault switch: added latency, a random error rate, and rules that make one endpoint fail in a
 * chosen way. Kept in localStorage (browser) so a tester or a Playwright test can set it before the
 * app loads; `window.__mockManager` changes it at run time. It never touches the db.
 */
export const faultRuleSchema = z.object({
  /** Substring of the path below /gateway, e.g. "/ng/api/delegate-token-ng". */
  path: z.string(),
  method: z.optional(z.string()),
  kind: z._default(z.enum(['status', 'network', 'timeout', 'malformed']), 'status'),
  status: z.optional(z.int().check(z.minimum(400), z.maximum(599))),
  /** For kind 'status' with 400: a Failure body with these field errors. */
  fieldErrors: z.optional(z.array(fieldErrorSchema)),
  /** How many requests it applies to before it stops (undefined = always). */
  times: z.optional(z.int().check(z.positive())),
})
export const faultsSchema = z.object({
  latencyMs: z._default(z.number().check(z.minimum(0), z.maximum(60_000)), 0),
  errorRate: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
  rules: z._default(z.array(faultRuleSchema), []),
})
export type FaultRule = z.infer<typeof faultRuleSchema>
export type Faults = z.infer<typeof faultsSchema>

export const FAULTS_KEY = 'delegate-console:mock-faults'
const none = (): Faults => ({ latencyMs: 0, errorRate: 0, rules: [] })
let faults: Faults = none()
let store: Pick<Storage, 'getItem' | 'setItem'> | null = null

export function setFaultStorage(next: Pick<Storage, 'getItem' | 'setItem'> | null) {
  store = next
  try {
    const parsed = faultsSchema.safeParse(JSON.parse(next?.getItem(FAULTS_KEY) ?? 'null'))
    faults = parsed.success ? parsed.data : none()
  } catch {
    faults = none()
  }
}

export function getFaults(): Faults {
  return faults
}

export function setFaults(next: Partial<Faults>) {
  faults = faultsSchema.parse({ ...faults, ...next })
  store?.setItem(FAULTS_KEY, JSON.stringify(faults))
}

export function clearFaults() {
  setFaults(none())
}

function matchRule(request: Request): FaultRule | undefined {
  const url = new URL(request.url)
  const index = faults.rules.findIndex(
    (r) =>
      url.pathname.includes(r.path) && (!r.method || r.method.toUpperCase() === request.method),
  )
  if (index < 0) return undefined
  const rule = faults.rules[index]
  if (rule.times !== undefined) {
    const rules = [...faults.rules]
    if (rule.times <= 1) rules.splice(index, 1)
    else rules[index] = { ...rule, times: rule.times - 1 }
    setFaults({ rules })
  }
  return rule
}

function respond(rule: FaultRule) {
  switch (rule.kind) {
    case 'network':
      return HttpResponse.error()
    case 'timeout':
      return delay('infinite').then(() => HttpResponse.error())
    case 'malformed':
      return new HttpResponse('<html>502 Bad Gateway</html>', {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      })
    case 'status': {
      const status = rule.status ?? 500
      if (status === 400)
        return failure(
          rule.fieldErrors?.map((e) => `${e.fieldId}: ${e.error}`).join(', ') || 'Invalid request',
          rule.fieldErrors ?? [],
        )
      if (status === 401) return errorBody(401, 'INVALID_TOKEN', 'Token is not valid.')
      if (status === 403)
        return errorBody(403, 'NG_ACCESS_DENIED', 'Missing permission to perform this action.')
      if (status === 503)
        return errorBody(503, 'UNAVAILABLE_DELEGATES', 'Service temporarily unavailable.')
      return errorBody(
        status,
        'UNKNOWN_ERROR',
        'Oops, something went wrong on our end. Please contact Harness Support.',
      )
    }
  }
}

/** Runs before every other handler; falls through (returns nothing) when no fault applies. */
export const faultHandlers = [
  http.all(gw('/*'), async ({ request }) => {
    if (faults.latencyMs > 0) await delay(faults.latencyMs)
    const rule = matchRule(request)
    if (rule) return respond(rule)
    if (faults.errorRate > 0 && Math.random() < faults.errorRate)
      return respond({ path: '', kind: 'status', status: 500 })
    return undefined
  }),
]
