import { useQuery } from '@tanstack/react-query'
import { Cloud, Copy, KeyRound } from 'lucide-react'

import { isApiError } from '@/api/errors'
import { networkQueries } from '@/api/queries/network'
import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows } from '@/components/ui/states'
import { copyText } from '@/lib/clipboard'
import { pluralize } from '@/lib/format'
import { toast } from '@/lib/toast'

import styles from './network.module.css'

/** The doc's troubleshooting for 401 and 403 (seed 003, "Troubleshooting"). */
function AuthTroubleshooting({ status }: { status: number }) {
  return (
    <Notice tone="danger" icon={<KeyRound size={18} aria-hidden />}>
      <strong>Harness Cloud refused the request (HTTP {status}).</strong>
      <ul className={styles.troubleshooting}>
        <li>Verify the API key is valid and has access to Harness Cloud APIs.</li>
        <li>
          Confirm the header name is <code className={styles.code}>X-API-KEY</code>.
        </li>
        <li>
          The key must belong to this account: the call passes{' '}
          <code className={styles.code}>accountIdentifier</code>.
        </li>
      </ul>
    </Notice>
  )
}

/**
 * Harness Cloud egress IPs (`GET /gateway/ci/ips/allowlist`, REFERENCE.md §8a). These are the
 * addresses Harness-hosted builds come from, to allowlist on your registries and SCMs; they are not
 * the delegate's addresses.
 */
export function AllowlistCard({ accountId }: { accountId: string }) {
  const query = useQuery(networkQueries.allowlist(accountId))
  const ips = query.data?.ipAddresses ?? []
  const copyAll = async () => {
    if (await copyText(ips.join('\n')))
      toast.success(`Copied ${pluralize(ips.length, 'address', 'addresses')}`)
    else
      toast.error('The browser blocked the clipboard. Select the addresses and copy them by hand.')
  }
  const authStatus =
    isApiError(query.error) && [401, 403].includes(query.error.status)
      ? query.error.status
      : undefined
  return (
    <Card>
      <CardBody>
        <div className={styles.sectionHeader}>
          <div>
            <h2 className={styles.sectionTitle}>Harness Cloud egress IPs</h2>
            <p className={styles.sectionLead}>
              Builds and other tasks on Harness Cloud connect out from these addresses. Allowlist
              them on the firewalls or security groups in front of your Git hosts, registries and
              internal services. Self-managed delegates connect from your own network's addresses
              instead.
            </p>
          </div>
          {ips.length > 0 ? (
            <Button onClick={() => void copyAll()}>
              <Copy size={16} aria-hidden /> Copy all
            </Button>
          ) : null}
        </div>
        {query.isPending ? <SkeletonRows rows={3} label="Loading the Harness Cloud IPs" /> : null}
        {authStatus ? <AuthTroubleshooting status={authStatus} /> : null}
        {query.isError && !authStatus ? (
          <ErrorState
            error={query.error}
            onRetry={() => void query.refetch()}
            title="Could not load the Harness Cloud IPs"
          />
        ) : null}
        {query.isSuccess && ips.length === 0 ? (
          <EmptyState title="No Harness Cloud IPs for this account" icon={<Cloud size={22} />}>
            Free tier accounts receive an empty list: Harness Cloud egress IPs come with a paid
            plan. Ask Harness Support for the IPs that fit your region and modules.
          </EmptyState>
        ) : null}
        {ips.length > 0 ? (
          <>
            <p className={styles.small} style={{ marginBottom: 8 }}>
              {pluralize(ips.length, 'address', 'addresses')} (IPs or CIDR ranges)
            </p>
            <ul className={styles.ipList} aria-label="Harness Cloud egress IPs">
              {ips.map((ip) => (
                <li key={ip}>{ip}</li>
              ))}
            </ul>
          </>
        ) : null}
      </CardBody>
    </Card>
  )
}
