import fieldStyles from '@/components/ui/form.module.css'
import type { Provider } from '@/catalog/types'

import { FieldRenderer } from './field-renderer'

/** The provider's own fields (those that do not depend on the auth method). */
export function DetailsStep({ provider }: { provider: Provider }) {
  if (!provider.fields.length) {
    return (
      <p className={fieldStyles.hint}>
        {provider.label} needs no further details: its address and credentials come next.
      </p>
    )
  }
  return (
    <div className={fieldStyles.grid}>
      {provider.fields.map((f) => (
        <FieldRenderer key={f.name} field={f} provider={provider} />
      ))}
    </div>
  )
}
