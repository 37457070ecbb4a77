import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'

import { describeError } from '@/api/errors'
import { secretQueries } from '@/api/queries/secrets'
import type { SecretResponse } from '@/api/schemas/secret'
import { referenceFor, scopeLevel } from '@/api/scope'
import fieldStyles from '@/components/ui/form.module.css'
import { useScope } from '@/hooks/use-scope'

import styles from './fields.module.css'

interface SecretFieldProps {
  id: string
  label: string
  value: string
  onChange: (ref: string) => void
  onBlur: () => void
  invalid?: boolean
  describedBy?: string
}

const GROUPS = [
  { level: 'account', label: 'Account secrets' },
  { level: 'org', label: 'Organization secrets' },
  { level: 'project', label: 'Project secrets' },
] as const

/** The ref this scope uses for a secret: `account.id`, `org.id` or bare `id` ([SRC] SecretRefData). */
export function secretRef({ secret }: SecretResponse) {
  return referenceFor(secret.identifier, {
    orgId: secret.orgIdentifier ?? undefined,
    projectId: secret.projectIdentifier ?? undefined,
  })
}

/**
 * Picks a secret visible at the current scope and writes its reference; the connector body only
 * ever carries refs, never a secret value (STYLE principle 7). A search box narrows the list.
 */
export function SecretField({
  id,
  label,
  value,
  onChange,
  onBlur,
  invalid,
  describedBy,
}: SecretFieldProps) {
  const scope = useScope()
  const searchId = useId()
  const [term, setTerm] = useState('')
  const secrets = useQuery(secretQueries.visible(scope))
  const all = useMemo(() => secrets.data?.content ?? [], [secrets.data])
  const shown = all.filter((s) => {
    const t = term.trim().toLowerCase()
    return (
      !t ||
      s.secret.name.toLowerCase().includes(t) ||
      s.secret.identifier.toLowerCase().includes(t) ||
      secretRef(s) === value
    )
  })
  // A ref saved earlier may point at a secret this scope cannot see (or one since deleted): keep it.
  const unknown = value && !all.some((s) => secretRef(s) === value)
  return (
    <div className={styles.secretField}>
      {all.length > 6 ? (
        <input
          id={searchId}
          type="search"
          className={fieldStyles.input}
          placeholder="Filter secrets by name or identifier"
          aria-label={`Filter secrets for ${label}`}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
        />
      ) : null}
      <select
        id={id}
        className={[fieldStyles.input, fieldStyles.mono].join(' ')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-busy={secrets.isPending || undefined}
      >
        <option value="">{secrets.isPending ? 'Loading secrets…' : 'Choose a secret'}</option>
        {unknown ? <option value={value}>{value} (not visible at this scope)</option> : null}
        {GROUPS.map((g) => {
          const items = shown.filter(
            (s) =>
              scopeLevel({
                orgId: s.secret.orgIdentifier ?? undefined,
                projectId: s.secret.projectIdentifier ?? undefined,
              }) === g.level,
          )
          return items.length ? (
            <optgroup key={g.level} label={g.label}>
              {items.map((s) => (
                <option key={secretRef(s)} value={secretRef(s)}>
                  {s.secret.name} ({secretRef(s)})
                </option>
              ))}
            </optgroup>
          ) : null
        })}
      </select>
      {secrets.isError ? (
        <span className={fieldStyles.error} role="alert">
          Could not list secrets: {describeError(secrets.error)}{' '}
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => void secrets.refetch()}
          >
            Try again
          </button>
        </span>
      ) : null}
      {secrets.isSuccess && all.length === 0 ? (
        <span className={fieldStyles.hint}>
          No secrets are visible at this scope. Create one in Harness first.
        </span>
      ) : null}
    </div>
  )
}
