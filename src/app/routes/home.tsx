import { ArrowRight, KeyRound, Network, PackageOpen, Plug, Server, ShieldCheck } from 'lucide-react'
import { Link } from 'react-router'

import { Card, Page } from '@/components/ui/page'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import styles from './home.module.css'

const steps = [
  { to: paths.delegateTokens, icon: KeyRound, title: 'Generate a delegate token',
    text: 'Each delegate authenticates to the Manager with a token. Use one token per environment so you can rotate and revoke safely.' },
  { to: paths.installers, icon: PackageOpen, title: 'Download an installer',
    text: 'Kubernetes manifest, Helm values, Docker, shell script, ECS task or Terraform, with your account and token filled in.' },
  { to: paths.delegates, icon: Server, title: 'See the delegate connect',
    text: 'The delegate opens an outbound HTTPS connection on port 443 to the Manager. No inbound port is needed.' },
  { to: paths.connectors, icon: Plug, title: 'Create and test a connector',
    text: 'Connect code repositories, registries, clouds, secret managers, monitoring and ticketing tools, with the permissions and ports they need.' },
  { to: paths.network, icon: Network, title: 'Check the network path',
    text: 'The domains, ports and Harness IP ranges to allow in your firewall, for the delegate and for your connectors.' },
]

export function Component() {
  const scope = useScope()
  return (
    <Page
      title="Getting started"
      subtitle="Set up the link between the Harness Manager and your infrastructure: a token, a delegate, and the connectors your pipelines use."
    >
      <Card className={styles.hero}>
        <ShieldCheck size={28} aria-hidden className={styles.heroIcon} />
        <div>
          <h2 className={styles.heroTitle}>Delegates connect out, never in</h2>
          <p className={styles.heroText}>
            A delegate runs in your network and makes only outbound HTTPS (443) connections to Harness. Connectors tell it how to reach your tools; their credentials stay in secrets, referenced by id.
          </p>
        </div>
      </Card>
      <ol className={styles.steps}>
        {steps.map((step, index) => (
          <li key={step.to}>
            <Link to={withScope(step.to, scope)} className={styles.step}>
              <span className={styles.stepNumber} aria-hidden>{index + 1}</span>
              <step.icon size={20} aria-hidden className={styles.stepIcon} />
              <span className={styles.stepBody}>
                <span className={styles.stepTitle}>{step.title}</span>
                <span className={styles.stepText}>{step.text}</span>
              </span>
              <ArrowRight size={16} aria-hidden className={styles.stepArrow} />
            </Link>
          </li>
        ))}
      </ol>
    </Page>
  )
}
