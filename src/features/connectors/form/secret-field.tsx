import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'

import { describeError } from '@/api/errors'
import { secretQueries } from '@/api/queries/secrets'
import type { SecretType } from '@/api/schemas/secret'
import fieldStyles from '@/components/ui/form.module.css'
import { useScope } from '@/hooks/use-scope'

import { Combobox, type ComboOption } from './combobox'
import styles from './fields.module.css'
import {
  article,
  choicesFor,
  hiddenSummary,
  SECRET_TYPE_NAMES,
  secretLevel,
  secretRef,
  type SecretChoices,
} from './secret-kinds'

interface SecretFieldProps {
  id: string
  label: string
  value: string
  onChange: (ref: string) => void
  onBlur: () => void
  /** The secret type the field takes; only those are offered. */
  secretType?: SecretType
  invalid?: boolean
  describedBy?: string
}

const GROUP_LABELS = {
  account: 'Account secrets',
  org: 'Organization secrets',
  project: 'Project secrets',
} as const
const LEVELS = ['account', 'org', 'project'] as const

const matches = (o: ComboOption, term: string) => {
  const t = term.trim().toLowerCase()
  return o.label.toLowerCase().includes(t) || (o.detail ?? '').toLowerCase().includes(t)
}

/**
 * Picks a secret of the field's type visible at the current scope and writes its reference; the
 * connector body only ever carries refs, never a secret value (STYLE principle 7). One combobox:
 * type to filter, arrows and Enter to choose. Secrets of another type are left out, and a
 * disclosure under the field says which and why.
 */
export function SecretField(props: SecretFieldProps) {
  const { id, label, value, secretType } = props
  const scope = useScope()
  const secrets = useQuery(secretQueries.visible(scope))
  const all = useMemo(() => secrets.data?.content ?? [], [secrets.data])
  const { offered, hidden } = useMemo(() => choicesFor(all, secretType), [all, secretType])
  const options = useMemo(
    () =>
      LEVELS.flatMap((level) =>
        offered
          .filter((s) => secretLevel(s) === level)
          .map((s) => ({
            value: secretRef(s),
            label: s.secret.name,
            detail: secretRef(s),
            group: GROUP_LABELS[level],
          })),
      ),
    [offered],
  )
  const chosen = all.find((s) => secretRef(s) === value)
  const kindName = secretType ? SECRET_TYPE_NAMES[secretType] : 'secret'
  // A ref saved earlier may point at a secret this scope cannot see, or of another type: say so.
  const problem = !value
    ? null
    : !chosen
      ? `${value} is not visible at this scope. Choose ${article(kindName)} that is.`
      : secretType && chosen.secret.type !== secretType
        ? `${chosen.secret.name} is ${article(SECRET_TYPE_NAMES[chosen.secret.type])}; this field takes ${article(kindName)}.`
        : null
  const problemId = `${id}-secret-problem`
  const noMatch = useCallback((term: string) => `No ${kindName} matches "${term}".`, [kindName])
  return (
    <div className={styles.secretField}>
      <Combobox
        id={id}
        options={options}
        value={value}
        onChange={props.onChange}
        onBlur={props.onBlur}
        display={chosen ? `${chosen.secret.name} (${value})` : value}
        placeholder={
          secrets.isPending ? 'Loading secrets…' : `Search or choose ${article(kindName)}`
        }
        listLabel={`${label}: ${kindName}s`}
        matches={matches}
        noMatch={noMatch}
        invalid={props.invalid}
        describedBy={
          [props.describedBy, problem ? problemId : null].filter(Boolean).join(' ') || undefined
        }
        busy={secrets.isPending}
      />
      {problem ? (
        <span id={problemId} className={styles.warning}>
          {problem}
        </span>
      ) : null}
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
      {secrets.isSuccess && offered.length === 0 ? (
        <span className={fieldStyles.hint}>
          No {kindName} is visible at this scope. Create one in Harness under Secrets first.
        </span>
      ) : null}
      {secretType && hidden.length ? <HiddenSecrets hidden={hidden} type={secretType} /> : null}
    </div>
  )
}

/** The hidden secrets' names, by type. */
function byType(hidden: SecretChoices['hidden']) {
  const groups = new Map<SecretType, string[]>()
  for (const { secret } of hidden)
    groups.set(secret.secret.type, [...(groups.get(secret.secret.type) ?? []), secret.secret.name])
  return [...groups]
}

/** "3 secrets hidden: not a file secret", opening to the hidden secrets by type. */
function HiddenSecrets({ hidden, type }: { hidden: SecretChoices['hidden']; type: SecretType }) {
  return (
    <details className={styles.hidden}>
      <summary>{hiddenSummary(hidden.length, type)}</summary>
      <p className={fieldStyles.hint}>
        This field takes {article(SECRET_TYPE_NAMES[type])}. These are visible at this scope but of
        another type:
      </p>
      <ul className={styles.hiddenList}>
        {byType(hidden).map(([other, names]) => (
          <li key={other}>
            <strong>
              {names.length} {SECRET_TYPE_NAMES[other]}
              {names.length === 1 ? '' : 's'}
            </strong>
            : {names.join(', ')}
          </li>
        ))}
      </ul>
    </details>
  )
}
