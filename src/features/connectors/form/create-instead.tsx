import { ArrowRight, Info } from 'lucide-react'
import { Link } from 'react-router'

import { Button, buttonClass } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { findProvider } from '@/catalog'
import { FROM_PARAM } from '@/catalog/create-instead'
import type { Provider } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { HintsPanel } from '../shared/hints-panel'
import styles from './wizard.module.css'

/**
 * Providers the seeds name but the API has no connector type for (SMTP, LDAP, WinRM, Bugsnag,
 * Logz): their hints, and what to create instead. When that is a connector, a link starts its
 * wizard with what can be filled in (`?provider=custom-health&from=bugsnag`).
 */
export function CreateInstead({ provider, onBack }: { provider: Provider; onBack: () => void }) {
  const scope = useScope()
  const instead = provider.createInstead
  const target = instead?.providerId ? findProvider(instead.providerId) : undefined
  return (
    <div className={styles.layout}>
      <Card>
        <CardBody>
          <div className={styles.testStep}>
            <p>{provider.description}</p>
            <Notice icon={<Info size={18} aria-hidden />}>
              The Harness API has no {provider.label} connector. Create instead:{' '}
              <strong>{instead?.text}</strong>.
            </Notice>
            <div className={styles.insteadActions}>
              {target ? (
                <Link
                  className={buttonClass('primary')}
                  to={withScope(paths.newConnector, scope, {
                    provider: target.id,
                    [FROM_PARAM]: provider.id,
                  })}
                >
                  Start a {target.label} connector for {provider.label}{' '}
                  <ArrowRight size={16} aria-hidden />
                </Link>
              ) : null}
              <a
                className={target ? undefined : buttonClass('primary')}
                href={provider.docsUrl}
                target="_blank"
                rel="noreferrer noopener"
              >
                {target
                  ? `Harness documentation for ${provider.label}`
                  : `How to set up ${provider.label} in Harness`}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
              <Button onClick={onBack}>Choose another provider</Button>
            </div>
          </div>
        </CardBody>
      </Card>
      <Card>
        <HintsPanel provider={provider} />
      </Card>
    </div>
  )
}
