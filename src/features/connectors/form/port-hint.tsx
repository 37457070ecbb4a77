import { useWatch } from 'react-hook-form'
import { Link } from 'react-router'

import fieldStyles from '@/components/ui/form.module.css'
import { addressField, addressOf, connectionOf, portsForAddress } from '@/catalog/ports'
import type { Provider, ProviderField, ProviderValues } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { HintsPanel } from '../shared/hints-panel'
import styles from './wizard.module.css'

/**
 * The ports the address typed needs, beside its field: they follow the URL (its port, else its
 * scheme's) and the connectivity mode (the delegate's outbound rule, or Harness's inbound one).
 */
export function PortHintLine({
  id,
  field,
  provider,
}: {
  id: string
  field: ProviderField
  provider: Provider
}) {
  const scope = useScope()
  const value = useWatch<ProviderValues>({ name: field.name })
  const mode = useWatch<ProviderValues, 'connectivityMode'>({ name: 'connectivityMode' })
  const { host, ports } = portsForAddress(provider, addressOf(value))
  const list = ports.length ? (
    ports.map((p, i) => (
      <span key={`${p.protocol}-${p.port}-${i}`}>
        {i > 0 ? ' or ' : null}
        <strong className={fieldStyles.mono}>{p.port}</strong> {p.protocol}
        {p.note ? ` (${p.note})` : null}
      </span>
    ))
  ) : (
    <>the port of the URL (443 for https://, 80 for http://)</>
  )
  const to = host ? ` ${host}` : ''
  return (
    <span id={`${id}-ports`} className={styles.portHint}>
      {connectionOf(provider, mode) === 'delegate' ? (
        <>
          The delegate needs outbound access to{to || ' this address'} on {list}.
        </>
      ) : (
        <>
          Harness connects{to ? ` to${to}` : ''} from its own platform: if it is behind a firewall,
          allow inbound from the{' '}
          <Link to={withScope(paths.network, scope)}>Harness platform IPs</Link> on {list}.
        </>
      )}
    </span>
  )
}

/** The side panel, following the address and connectivity mode entered in the form. */
export function WizardHints({ provider }: { provider: Provider }) {
  const authMethod = useWatch<ProviderValues, 'authMethod'>({ name: 'authMethod' })
  const mode = useWatch<ProviderValues, 'connectivityMode'>({ name: 'connectivityMode' })
  const field = addressField(provider, authMethod)
  const value = useWatch<ProviderValues>({ name: field?.name ?? 'name' })
  return (
    <HintsPanel
      provider={provider}
      connection={connectionOf(provider, mode)}
      address={field ? addressOf(value) : undefined}
    />
  )
}
