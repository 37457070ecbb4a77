import { clusterInUse } from '@/lib/harness-clusters'
import type { DelegateTokenRow } from '@/api/queries/delegates'

import type { InstallerFormValues } from './schema'
import { installerFormSchema } from './schema'

/**
 * The options a deep link carries: type, name, token *name*, size, permission and cluster. Never a
 * token value, a proxy user or anything else an admin would not paste into a chat.
 */
const URL_KEYS = {
  type: 'type',
  delegateName: 'name',
  tokenName: 'token',
  size: 'size',
  permission: 'permission',
  cluster: 'cluster',
} as const satisfies Partial<Record<keyof InstallerFormValues, string>>

type UrlField = keyof typeof URL_KEYS

export const DEFAULT_DELEGATE_NAME = 'harness-delegate'

/** `default_token` at the account, `default_token_<owner>` below it ([SRC] getDefaultTokenName). */
export function defaultTokenName(owner: string | undefined) {
  return owner ? `default_token_${owner}` : 'default_token'
}

/** Form defaults: sensible values, overridden by whatever valid options the URL carries. */
export function initialValues(
  params: URLSearchParams,
  tokens: DelegateTokenRow[],
  owner: string | undefined,
  latestVersion: string,
): InstallerFormValues {
  const active = tokens.map((t) => t.name)
  const preferred = defaultTokenName(owner)
  const base: InstallerFormValues = {
    type: 'kubernetes',
    delegateName: DEFAULT_DELEGATE_NAME,
    tokenName: active.includes(preferred) ? preferred : (active[0] ?? ''),
    size: 'LAPTOP',
    tags: '',
    permission: 'CLUSTER_ADMIN',
    namespace: '',
    // The account's cluster from Getting started, else Prod1.
    cluster: clusterInUse(),
    proxyEnabled: false,
    proxyHost: '',
    proxyPort: '3128',
    proxyScheme: 'http',
    proxyUser: '',
    noProxy: '',
    imageVersion: latestVersion,
    stackDriverLogging: true,
  }
  const shape = installerFormSchema.shape
  for (const [field, key] of Object.entries(URL_KEYS) as [UrlField, string][]) {
    const raw = params.get(key)
    if (raw === null) continue
    if (field === 'tokenName') {
      // Only an active token of this scope; a revoked or foreign one falls back to the default.
      if (active.includes(raw)) base.tokenName = raw
      continue
    }
    const parsed = shape[field].safeParse(raw)
    if (parsed.success) Object.assign(base, { [field]: parsed.data })
  }
  return base
}

/** Writes the deep-linkable options into `next`, in place (scope params and others are kept). */
export function writeUrlOptions(next: URLSearchParams, values: InstallerFormValues) {
  for (const [field, key] of Object.entries(URL_KEYS) as [UrlField, string][]) {
    const value = values[field]
    if (value) next.set(key, value)
    else next.delete(key)
  }
  return next
}
