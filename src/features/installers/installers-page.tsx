import { useQuery } from '@tanstack/react-query'
import { KeyRound } from 'lucide-react'
import { Link } from 'react-router'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { buttonClass } from '@/components/ui/button'
import { Card, CardBody, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, Skeleton, SkeletonRows } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { DEFAULT_HEARTBEAT_TIMEOUT_MS } from './components/heartbeat-check'
import { InstallerWorkspace } from './installer-workspace'
import styles from './installers.module.css'

/** The token owner of a scope: absent for the account, "org" or "org/project" (REFERENCE.md §3). */
function ownerOf(scope: Scope) {
  if (!scope.orgId) return undefined
  return scope.projectId ? `${scope.orgId}/${scope.projectId}` : scope.orgId
}

/** Setup > Delegates > Installers: generate, preview and download a delegate installer. */
export function InstallersPage({
  heartbeatTimeoutMs = DEFAULT_HEARTBEAT_TIMEOUT_MS,
}: {
  heartbeatTimeoutMs?: number
}) {
  const scope = useScope()
  const tokens = useQuery(delegateQueries.tokens(scope, 'ACTIVE'))
  const version = useQuery(delegateQueries.latestVersion(scope))
  // The query asks for ACTIVE only; filtering again keeps a revoked token out even if a server does not.
  const active = tokens.data?.filter((t) => t.status === 'ACTIVE') ?? []
  return (
    <Page
      title="Installers"
      breadcrumb="Setup / Delegates"
      subtitle="Generate the file that installs a delegate: choose how it runs, preview the file, download it with the token filled in, and watch for its first heartbeat."
    >
      {tokens.isPending || (version.isPending && !version.isError) ? (
        <div className={styles.layout} aria-busy="true">
          <Card>
            <SkeletonRows rows={8} label="Loading tokens and the latest delegate version" />
          </Card>
          <Card>
            <CardBody>
              <Skeleton height={320} />
            </CardBody>
          </Card>
        </div>
      ) : tokens.isError ? (
        <Card>
          <ErrorState
            error={tokens.error}
            title="Could not load the delegate tokens"
            onRetry={() => void tokens.refetch()}
          />
        </Card>
      ) : active.length === 0 ? (
        <Card>
          <EmptyState
            icon={<KeyRound size={22} />}
            title="No active delegate token at this scope"
            action={
              <Link className={buttonClass('primary')} to={withScope(paths.delegateTokens, scope)}>
                Go to Delegate Tokens
              </Link>
            }
          >
            <p>
              A delegate needs an active token of this scope to register. Create one, then come back
              here.
            </p>
          </EmptyState>
        </Card>
      ) : (
        <InstallerWorkspace
          key={JSON.stringify([scope.orgId, scope.projectId])}
          scope={scope}
          owner={ownerOf(scope)}
          tokens={active}
          latestVersion={version.data?.latestSupportedVersion ?? ''}
          heartbeatTimeoutMs={heartbeatTimeoutMs}
        />
      )}
    </Page>
  )
}
