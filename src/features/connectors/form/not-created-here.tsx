import { useId } from 'react'

import type { NotCreatedType } from '@/catalog/not-created'

import styles from './not-created-here.module.css'

/**
 * The API's connector types this console does not create, each with why, so a missing type in
 * the picker is explained rather than silently absent. Plain text in a list: nothing to operate,
 * so nothing to reach by keyboard beyond reading it.
 */
export function NotCreatedHere({ types }: { types: readonly NotCreatedType[] }) {
  const id = useId()
  if (types.length === 0) return null
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.title}>
        Not created here
      </h2>
      <p className={styles.intro}>
        The Harness API has these connector types too; they are set up elsewhere.
      </p>
      <ul className={styles.list} aria-labelledby={id}>
        {types.map((t) => (
          <li key={t.type} className={styles.item}>
            <span className={styles.name}>{t.label}</span>{' '}
            <code className={styles.type}>{t.type}</code>
            <span className={styles.reason}>{t.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
