import { Info } from 'lucide-react'

import { Notice } from '@/components/ui/page'
import { methodsOf, type Provider } from '@/catalog/types'

const COMMON_LABELS: Record<string, string> = { name: 'Name', description: 'Description' }

/** Says what a wizard started "instead of" another provider has filled in, and what is left. */
export function PrefillNotice({ provider, from }: { provider: Provider; from: Provider }) {
  const fields = [...provider.fields, ...methodsOf(provider).flatMap((m) => m.fields)]
  const labels = Object.keys(from.createInstead?.prefill ?? {}).map(
    (key) => COMMON_LABELS[key] ?? fields.find((f) => f.name === key)?.label ?? key,
  )
  return (
    <Notice icon={<Info size={18} aria-hidden />}>
      <strong>Set up for {from.label}.</strong> Filled in: {labels.join(', ')}.{' '}
      {from.createInstead?.remaining}
    </Notice>
  )
}
