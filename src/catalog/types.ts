import type { ConnectorType } from '@/api/schemas/connector'
import type { SecretType } from '@/api/schemas/secret'

/**
 * The provider catalog's vocabulary. A provider is plain data (no JSX), like n8n credentials:
 * the connector form, the zod schema, the API mapping and the mock all read the same object.
 */

/** Console categories; `CATEGORIES` in `index.ts` maps them to the API's `ConnectorCategory`. */
export type CategoryId =
  'code' | 'artifacts' | 'cloud' | 'secrets' | 'observability' | 'collaboration'

/**
 * `number` is an addition to the house list: bounded integers that are not ports (Vault renewal).
 * `keyValues` is a list of named values, each plain text or a secret ref (Custom Health headers).
 */
export type FieldKind =
  | 'text'
  | 'url'
  | 'host'
  | 'port'
  | 'number'
  | 'secret'
  | 'select'
  | 'boolean'
  | 'multiline'
  | 'list'
  | 'keyValues'

/** A constant written into the API `spec` (auth discriminators, fixed arrays). */
export type ApiConstant =
  | string
  | number
  | boolean
  | null
  | readonly ApiConstant[]
  | { readonly [key: string]: ApiConstant }

/** Dot path in the API `spec` → constant, e.g. `{ 'authentication.type': 'Http' }`. */
export type ApiConstants = Readonly<Record<string, ApiConstant>>

/**
 * One row of a `keyValues` field. Both `value` and `secretRef` are kept while the row is edited,
 * so flipping `encrypted` back and forth loses nothing; only the one `encrypted` picks is sent.
 */
export interface KeyValueRow {
  key: string
  /** The plain-text value (used when `encrypted` is false). */
  value: string
  encrypted: boolean
  /** The secret reference (`account.x`, `org.x` or `x`), used when `encrypted` is true. */
  secretRef: string
}

export type FieldValue = string | number | boolean | string[] | KeyValueRow[] | undefined

export interface FieldOption {
  value: string
  label: string
}

export interface ProviderField {
  /** Form key; unique within a provider's fields plus any one auth method's fields. */
  name: string
  /** Dot path in the API `spec`, e.g. `authentication.spec.spec.tokenRef`. */
  path: string
  kind: FieldKind
  label: string
  help?: string
  required?: boolean
  default?: string | number | boolean | string[]
  options?: readonly FieldOption[]
  placeholder?: string
  /** Marks the URL/host field that the provider's port hints apply to. */
  portHintFor?: boolean
  /** Extra rule for text/list items and `keyValues` keys; `patternMessage` says what is expected. */
  pattern?: RegExp
  patternMessage?: string
  min?: number
  max?: number
  /** For `list`: each item becomes `{ [listItemKey]: item }` in the API body (Pdc `hosts`). */
  listItemKey?: string
  /** For `keyValues`: what one row is, in messages and buttons ("header", "query parameter"). */
  itemLabel?: string
  /** For `keyValues`: keys differing only in case count as duplicates (HTTP header names). */
  keysIgnoreCase?: boolean
  /** Constants written only when this field has a value (e.g. `apiAccess.type` for a token). */
  set?: ApiConstants
  /** Another field (by name) this one is only valid with: the API's object needs both. */
  requires?: string
  /**
   * For `secret` fields: the Harness secret type it takes (REFERENCE.md §7): a password or token is
   * `SecretText`, an uploaded key file `SecretFile`, an SSH credential `SSHKey`. The picker lists
   * only secrets of this type.
   */
  secretType?: SecretType
}

export interface AuthMethod {
  id: string
  label: string
  help?: string
  fields: ProviderField[]
  /** Constants the API body needs for this method. */
  set?: ApiConstants
  /** The credential comes from the delegate, so a delegate selector is needed to pick one. */
  requiresDelegateSelectors?: boolean
}

export type PortProtocol = 'TCP' | 'UDP' | 'HTTPS' | 'HTTP' | 'SSH' | 'LDAP' | 'LDAPS'

export interface PortHint {
  protocol: PortProtocol
  port: number
  note?: string
}

export interface Reference {
  label: string
  url: string
}

export interface PolicySnippet {
  language: 'json' | 'text'
  title: string
  content: string
}

export interface ProviderHints {
  /** From seed 001 (newer table); seed 000 differences go in `notes`. */
  permissions: string[]
  ports: PortHint[]
  /** The older page's (seed 000) full port list, only where it differs from seed 001. */
  olderPorts?: PortHint[]
  notes?: string[]
  /** Notes from the older page (seed 000) only; the panel names that page in its Source line. */
  olderNotes?: string[]
  /** The newer table (seed 001) has no row for this provider: its ports follow the URL entered. */
  unlisted?: boolean
  /** Extra provenance for the Source line ("the port is the one the table gives for AWS APIs"). */
  sourceNote?: string
  references: Reference[]
  policySnippet?: PolicySnippet
}

/** `platform` = `executeOnDelegate: false` (the Harness platform connects, no delegate). */
export type ConnectivityMode = 'delegate' | 'platform'

export interface Provider {
  /** kebab-case, unique; also the file name under `providers/`. */
  id: string
  label: string
  category: CategoryId
  /** Absent when the API has no connector type for it (see `createInstead`). */
  type?: ConnectorType
  /** Set when another provider is the primary one for the same `type` (OpenShift → Kubernetes). */
  variantOf?: string
  docsUrl: string
  description: string
  /** Two letters for the icon badge. */
  initials: string
  /** Present when the type's spec has `executeOnDelegate`. */
  connectivityModes?: readonly ConnectivityMode[]
  /**
   * The type's spec has no `delegateSelectors` (Slack, MsTeams, Zoom, Confluence in Harness's
   * client): the body leaves them out and the form asks for none.
   */
  noDelegateSelectors?: boolean
  fields: ProviderField[]
  authMethods: AuthMethod[]
  /** Constants for every body of this type (e.g. CustomHealth `headers: []`). */
  set?: ApiConstants
  /** Spec path that must carry the Harness account id (Splunk's required `accountId`). */
  accountIdPath?: string
  hints: ProviderHints
  /** For providers without an API type: what the admin should create instead. */
  createInstead?: CreateInstead
}

/** What to create for a provider the API has no connector type for (SMTP, Bugsnag, WinRM, ...). */
export interface CreateInstead {
  /** What to create, as it ends "Create instead: …". */
  text: string
  /** The catalog provider whose wizard starts it, when it is a connector. */
  providerId?: string
  /** Values that wizard starts with (its form's field names): plain data, checked on use. */
  prefill?: Partial<Record<string, FieldValue>>
  /** What the prefill leaves to the admin, said in the wizard ("the secret that holds…"). */
  remaining?: string
}

/** Identity helper: gives provider files type checking without changing the object. */
export function defineProvider(provider: Provider): Provider {
  return provider
}

/** The single pseudo-method used when a provider has no auth methods (non-API providers). */
export const NO_AUTH: AuthMethod = { id: 'none', label: 'None', fields: [] }

/** Authentication methods with `NO_AUTH` as the fallback, so every schema has one branch. */
export function methodsOf(provider: Provider): AuthMethod[] {
  return provider.authMethods.length > 0 ? provider.authMethods : [NO_AUTH]
}

/** Form values: the common overview fields plus one key per provider/auth field. */
export type ProviderValues = {
  authMethod: string
  name: string
  identifier: string
  description?: string
  tags: string[]
  delegateSelectors: string[]
  connectivityMode: ConnectivityMode
  [field: string]: FieldValue
}
