import type { ApiConstants, AuthMethod, FieldOption, PortHint, ProviderField } from './types'

/**
 * Small builders for the field and method shapes that most providers repeat. They return plain
 * data, so a provider file stays a readable object literal.
 */

type Extra = Partial<Omit<ProviderField, 'name' | 'path' | 'kind' | 'label'>>

const field =
  (kind: ProviderField['kind']) =>
  (name: string, path: string, label: string, extra: Extra = {}): ProviderField => ({
    name,
    path,
    kind,
    label,
    ...extra,
  })

export const text = field('text')
export const url = field('url')
export const host = field('host')
export const port = field('port')
export const number = field('number')
export const multiline = field('multiline')
export const list = field('list')
export const boolean = field('boolean')
/** Named values, each plain text or a secret ref (Custom Health headers and query parameters). */
export const keyValues = field('keyValues')

/** Git over SSH URLs (`git@host:org` or `ssh://...`), which are not http(s) URLs. */
export const sshUrl = (name: string, path: string, label: string, extra: Extra = {}) =>
  field('text')(name, path, label, {
    required: true,
    portHintFor: true,
    pattern: /^(ssh:\/\/\S+|[\w.-]+@[\w.-]+:\S*)$/,
    patternMessage: 'Enter an SSH URL such as git@github.com:acme or ssh://git@host:22/acme',
    ...extra,
  })

/**
 * A required secret reference to a text secret: a password, token or key pasted as text (set
 * `required: false` for optional ones).
 */
export const secret = (name: string, path: string, label: string, extra: Extra = {}) =>
  field('secret')(name, path, label, { required: true, secretType: 'SecretText', ...extra })

/** A secret reference to a file secret: a key or certificate uploaded as a file (GCP JSON key). */
export const fileSecret = (name: string, path: string, label: string, extra: Extra = {}) =>
  secret(name, path, label, { secretType: 'SecretFile', ...extra })

/** A secret reference to an SSH key secret (Harness's SSHKey type: key, user and port). */
export const sshKeySecret = (name: string, path: string, label: string, extra: Extra = {}) =>
  secret(name, path, label, { secretType: 'SSHKey', ...extra })

export const select = (
  name: string,
  path: string,
  label: string,
  options: readonly FieldOption[],
  extra: Extra = {},
) => field('select')(name, path, label, { options, default: options[0]?.value, ...extra })

/** Options whose value is also the label. */
export const plainOptions = (...values: string[]): FieldOption[] =>
  values.map((value) => ({ value, label: value }))

/**
 * `{ username, passwordRef }` under `prefix` (e.g. `auth.spec.`): the Manager's
 * UsernamePassword shape, with the plaintext `username` twin of `usernameRef` ([REF] §6).
 */
export function usernamePasswordFields(
  prefix: string,
  passwordLabel = 'Password',
): ProviderField[] {
  return [
    text('username', `${prefix}username`, 'Username', { required: true }),
    secret('passwordRef', `${prefix}passwordRef`, passwordLabel),
  ]
}

export function usernamePasswordMethod(prefix: string, set?: ApiConstants): AuthMethod {
  return {
    id: 'username-password',
    label: 'Username and password',
    fields: usernamePasswordFields(prefix),
    set,
  }
}

/**
 * The OAuth method of the collaboration connectors (Slack, MsTeams, Zoom, Confluence in Harness's
 * client): `apiAccessType: OAUTH` with an access token and an optional refresh token, both secrets.
 */
export function oauthTokensMethod(): AuthMethod {
  return {
    id: 'oauth',
    label: 'OAuth tokens',
    set: { apiAccessType: 'OAUTH' },
    fields: [
      secret('accessTokenRef', 'accessTokenRef', 'Access token'),
      secret('refreshTokenRef', 'refreshTokenRef', 'Refresh token', { required: false }),
    ],
  }
}

export function anonymousMethod(set?: ApiConstants): AuthMethod {
  return { id: 'anonymous', label: 'Anonymous', fields: [], set }
}

/**
 * Port 443. The seeds write "HTTP: 443" for some providers and "HTTPS: 443" for others; on 443 it
 * is HTTP over TLS either way, so the console says HTTPS for every provider.
 */
export const HTTPS_443: PortHint = { protocol: 'HTTPS', port: 443 }

/** [INF] Harness docs pages (not from the seeds); the seeds' provider references go in hints. */
export const harnessDocs = (path: string) => `https://developer.harness.io/docs/platform/${path}`
