import { Info } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import type { Provider } from '@/catalog/types'

import { HintsPanel } from '../shared/hints-panel'
import styles from './wizard.module.css'

/**
 * Providers the seeds name but the API has no connector type for (SMTP, LDAP, WinRM, Slack, ...):
 * their hints, and what to create instead. There is no form, so no request the API would reject.
 */
export function CreateInstead({ provider, onBack }: { provider: Provider; onBack: () => void }) {
  return (
    <div className={styles.layout}>
      <Card>
        <CardBody>
          <div className={styles.testStep}>
            <p>{provider.description}</p>
            <Notice icon={<Info size={18} aria-hidden />}>
              The Harness API has no {provider.label} connector. Create instead:{' '}
              <strong>{provider.createInstead}</strong>.
            </Notice>
            <p>
              <a href={provider.docsUrl} target="_blank" rel="noreferrer noopener">
                Harness documentation for {provider.label}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            </p>
            <div>
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
