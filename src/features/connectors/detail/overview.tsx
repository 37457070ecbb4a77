import type { ReactNode } from 'react'

import type { ConnectorResponse } from '@/api/schemas/connector'
import { Badge } from '@/components/ui/states'
import { Card, CardBody } from '@/components/ui/page'
import { providerForType } from '@/catalog'
import { formatDateTime } from '@/lib/format'
import { ProviderLogo } from '@/components/provider-logo/provider-logo'

import { HealthBadge } from '../health/health-badge'
import { healthOf } from '../health/status'
import styles from './detail.module.css'

function scopeText(c: ConnectorResponse['connector']) {
  if (c.projectIdentifier) return `Project ${c.projectIdentifier} (org ${c.orgIdentifier})`
  if (c.orgIdentifier) return `Organization ${c.orgIdentifier}`
  return 'Account'
}

/** `usedBy`: what refers to the connector, when the page knows (the delete dialog lists it). */
export function Overview({ row, usedBy }: { row: ConnectorResponse; usedBy?: ReactNode }) {
  const c = row.connector
  const provider = providerForType(c.type)
  const tags = Object.entries(c.tags ?? {})
  return (
    <Card>
      <CardBody>
        <div className={styles.overviewHead}>
          {provider ? <ProviderLogo provider={provider} /> : null}
          <h2 className={styles.cardTitle}>Overview</h2>
          <HealthBadge health={healthOf(row.status)} />
        </div>
        <dl className={styles.facts}>
          <div>
            <dt>Identifier</dt>
            <dd>
              <code>{c.identifier}</code>
            </dd>
          </div>
          <div>
            <dt>Type</dt>
            <dd>
              {provider?.label ?? c.type}
              {/* The API's name for the type, when it reads differently ("Aws", "Gcr"). */}
              {provider && provider.label.toLowerCase() !== c.type.toLowerCase() ? (
                <span className={styles.muted}>
                  {' '}
                  (<code>{c.type}</code>)
                </span>
              ) : null}
            </dd>
          </div>
          <div>
            <dt>Scope</dt>
            <dd>{scopeText(c)}</dd>
          </div>
          {usedBy ? (
            <div>
              <dt>Used by</dt>
              <dd>{usedBy}</dd>
            </div>
          ) : null}
          <div>
            <dt>Created</dt>
            <dd>{formatDateTime(row.createdAt)}</dd>
          </div>
          <div>
            <dt>Last modified</dt>
            <dd>{formatDateTime(row.lastModifiedAt)}</dd>
          </div>
          <div>
            <dt>Description</dt>
            <dd>{c.description || <span className={styles.muted}>None</span>}</dd>
          </div>
          <div>
            <dt>Tags</dt>
            <dd>
              {tags.length ? (
                tags.map(([k, v]) => <Badge key={k}>{v ? `${k}: ${v}` : k}</Badge>)
              ) : (
                <span className={styles.muted}>None</span>
              )}
            </dd>
          </div>
        </dl>
      </CardBody>
    </Card>
  )
}
