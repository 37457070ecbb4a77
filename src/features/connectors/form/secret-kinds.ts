import type { SecretResponse, SecretType } from '@/api/schemas/secret'
import { referenceFor, scopeLevel } from '@/api/scope'

/** How a Harness secret type is named to an admin ("not a file secret"). */
export const SECRET_TYPE_NAMES: Record<SecretType, string> = {
  SecretText: 'text secret',
  SecretFile: 'file secret',
  SSHKey: 'SSH key',
  WinRmCredentials: 'WinRM credential',
}

/** The ref this scope uses for a secret: `account.id`, `org.id` or bare `id` ([SRC] SecretRefData). */
export function secretRef({ secret }: SecretResponse) {
  return referenceFor(secret.identifier, {
    orgId: secret.orgIdentifier ?? undefined,
    projectId: secret.projectIdentifier ?? undefined,
  })
}

export function secretLevel({ secret }: SecretResponse) {
  return scopeLevel({
    orgId: secret.orgIdentifier ?? undefined,
    projectId: secret.projectIdentifier ?? undefined,
  })
}

/** "a text secret", "an SSH key". */
export const article = (name: string) => `${/^[aeiou]|^SSH/i.test(name) ? 'an' : 'a'} ${name}`

export interface SecretChoices {
  /** Secrets of the type the field takes: the ones the picker offers. */
  offered: SecretResponse[]
  /** Secrets of another type, with the reason each is left out. */
  hidden: { secret: SecretResponse; reason: string }[]
}

/**
 * Splits the secrets visible at the scope into those a field can take and those it cannot: a text
 * secret chosen as an SSH key or a GCP key file makes a connector that can never authenticate.
 * Without a declared type every secret is offered.
 */
export function choicesFor(secrets: readonly SecretResponse[], type?: SecretType): SecretChoices {
  if (!type) return { offered: [...secrets], hidden: [] }
  const offered: SecretResponse[] = []
  const hidden: SecretChoices['hidden'] = []
  for (const s of secrets) {
    if (s.secret.type === type) offered.push(s)
    else hidden.push({ secret: s, reason: article(SECRET_TYPE_NAMES[s.secret.type]) })
  }
  return { offered, hidden }
}

/** "3 secrets hidden: not a file secret". */
export function hiddenSummary(count: number, type: SecretType) {
  return `${count} ${count === 1 ? 'secret' : 'secrets'} hidden: not ${article(SECRET_TYPE_NAMES[type])}`
}

/** Case-insensitive match on name, identifier or ref. */
export function matchesTerm(s: SecretResponse, term: string) {
  const t = term.trim().toLowerCase()
  return (
    !t ||
    s.secret.name.toLowerCase().includes(t) ||
    s.secret.identifier.toLowerCase().includes(t) ||
    secretRef(s).toLowerCase().includes(t)
  )
}
