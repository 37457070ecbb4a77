import type { CategoryId } from '@/catalog/types'

import styles from './shared.module.css'

const COLORS: Record<CategoryId, string> = {
  code: '#5b3fd1',
  artifacts: '#c2410c',
  cloud: '#0a6bd3',
  secrets: '#0f7a5a',
  observability: '#b4236b',
  collaboration: '#6b5b00',
}

/** The provider's initials on its category colour: a recognisable badge with no image assets. */
export function ProviderIcon({
  initials,
  category,
  size = 'default',
}: {
  initials: string
  category: CategoryId
  size?: 'default' | 'small'
}) {
  return (
    <span
      className={styles.icon}
      data-size={size}
      style={{ background: COLORS[category] }}
      aria-hidden
    >
      {initials}
    </span>
  )
}
