import { useQuery } from '@tanstack/react-query'
import { CloudCog, HelpCircle, Plug } from 'lucide-react'
import { useMemo } from 'react'
import { Link } from 'react-router'

import type { Scope } from '@/api/scope'
import { buttonClass } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows } from '@/components/ui/states'
import { pluralize } from '@/lib/format'
import type { HarnessClusterId } from '@/lib/harness-clusters'
import { paths, withScope } from '@/lib/paths'

import { egressQueries } from '../api/egress-queries'
import { buildEgressPlan, type EgressPlan } from '../lib/egress-plan'
import type { ExportFormatId } from '../lib/export-formats'
import { EgressDiagram } from './egress-diagram'
import { EgressExports } from './egress-exports'
import { EgressGroupList } from './egress-group-list'
import styles from './network.module.css'
import { PlanTable } from './plan-table'

function Aside({ plan }: { plan: EgressPlan }) {
  return (
    <>
      {plan.viaPlatform.length > 0 ? (
        <Notice icon={<CloudCog size={18} aria-hidden />}>
          <strong>Connected through the Harness platform, not the delegate:</strong>{' '}
          {plan.viaPlatform.map((c) => `${c.name} (${c.scope})`).join(', ')}. These providers see
          Harness's addresses, so they need no delegate egress; allowlist the Harness platform IPs
          on them instead.
        </Notice>
      ) : null}
      {plan.unresolved.length > 0 ? (
        <Notice tone="warning" icon={<HelpCircle size={18} aria-hidden />}>
          <strong>Not in the plan, check these by hand:</strong>
          <ul className={styles.troubleshooting}>
            {plan.unresolved.map((u, i) => (
              <li key={`${u.connector.scope}/${u.connector.identifier}/${i}`}>
                {u.connector.name} ({u.connector.scope}): {u.reason}
              </li>
            ))}
          </ul>
        </Notice>
      ) : null}
    </>
  )
}

/**
 * The egress plan for the connectors visible at the scope: every host and port the delegate must
 * reach, its caveats, a diagram, and the exports (list, CSV, NetworkPolicy, security group, preflight).
 */
export function EgressPlanCard({
  scope,
  cluster,
  logging,
  format,
  onFormat,
}: {
  scope: Scope
  cluster: HarnessClusterId
  logging: boolean
  format: ExportFormatId
  onFormat: (id: ExportFormatId) => void
}) {
  const query = useQuery(egressQueries.connectors(scope))
  const plan = useMemo(
    () => buildEgressPlan(query.data?.connectors ?? [], { cluster, logging }),
    [query.data, cluster, logging],
  )
  const connectorCount = query.data?.connectors.length ?? 0
  return (
    <Card>
      <CardBody>
        <div className={styles.sectionHeader}>
          <div>
            <h2 className={styles.sectionTitle}>Egress plan</h2>
            <p className={styles.sectionLead}>
              Every destination a delegate at this scope must reach for the connectors configured
              here and in the parent scopes: hosts from the connectors' URLs (or their cloud
              region), ports from the URL or the Harness ports table.
            </p>
          </div>
        </div>
        {query.isPending ? <SkeletonRows rows={6} label="Reading the connectors" /> : null}
        {query.isError ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not read the connectors"
          />
        ) : null}
        {query.isSuccess ? (
          <div className={styles.stack}>
            <p className={styles.summary} aria-live="polite">
              <span>
                <strong>{pluralize(plan.destinations.length, 'destination')}</strong>
              </span>
              <span>from {pluralize(connectorCount, 'connector')}</span>
              {query.data.truncated ? (
                <span>
                  (first {connectorCount} of {query.data.totalItems})
                </span>
              ) : null}
            </p>
            {connectorCount === 0 ? (
              <EmptyState
                title="No connectors at this scope yet"
                icon={<Plug size={22} />}
                action={
                  <Link className={buttonClass()} to={withScope(paths.newConnector, scope)}>
                    Add a connector
                  </Link>
                }
              >
                The plan lists only the Harness endpoints until connectors are added here or in a
                parent scope.
              </EmptyState>
            ) : null}
            <PlanTable destinations={plan.destinations} />
            <Aside plan={plan} />
            <h3 className={styles.sectionTitle} style={{ fontSize: 15 }}>
              Diagram
            </h3>
            {/* The drawing where it reads; the same groups as a list on a narrow screen. */}
            <div className={styles.diagramWrap}>
              <div className={styles.wideOnly}>
                <EgressDiagram plan={plan} />
              </div>
              <div className={styles.narrowOnly}>
                <EgressGroupList plan={plan} />
              </div>
            </div>
            <h3 className={styles.sectionTitle} style={{ fontSize: 15 }}>
              Export
            </h3>
            <EgressExports plan={plan} cluster={cluster} format={format} onFormat={onFormat} />
          </div>
        ) : null}
      </CardBody>
    </Card>
  )
}
