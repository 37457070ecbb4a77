import { useMemo } from 'react'
import { useSearchParams } from 'react-router'

import { getRuntimeConfig } from '@/api/runtime-config'
import type { Scope } from '@/api/scope'
import { loadSession, MOCK_ACCOUNT_ID } from '@/api/session'
import { SCOPE_PARAMS } from '@/lib/paths'

/** The account we act for: the signed-in one in Manager mode, the demo account on the mock. */
export function currentAccountId() {
  return getRuntimeConfig().backend === 'manager'
    ? (loadSession()?.accountId ?? '')
    : MOCK_ACCOUNT_ID
}

/** The current scope, read from the URL (`?org=&project=`) so links and reloads keep it. */
export function useScope(): Scope {
  const [params] = useSearchParams()
  const orgId = params.get(SCOPE_PARAMS.org) || undefined
  const projectId = (orgId && params.get(SCOPE_PARAMS.project)) || undefined
  const accountId = currentAccountId()
  return useMemo(() => ({ accountId, orgId, projectId }), [accountId, orgId, projectId])
}
