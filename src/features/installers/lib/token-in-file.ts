import { parseAllDocuments } from 'yaml'

import { TOKEN_PLACEHOLDER } from './types'

/** What a downloaded file holds where the token goes. */
export type TokenState = 'filled' | 'placeholder' | 'missing'

type Node = Record<string, unknown>
const isObject = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)

function fromBase64(value: string): string {
  try {
    return atob(value)
  } catch {
    return value
  }
}

/** `DELEGATE_TOKEN` in a container's env list (`{name, value}`) or compose's `KEY=value` strings / map. */
function fromEnvironment(env: unknown): string | undefined {
  if (isObject(env)) return typeof env.DELEGATE_TOKEN === 'string' ? env.DELEGATE_TOKEN : undefined
  if (!Array.isArray(env)) return undefined
  for (const entry of env) {
    if (typeof entry === 'string' && entry.startsWith('DELEGATE_TOKEN='))
      return entry.slice('DELEGATE_TOKEN='.length)
    if (isObject(entry) && entry.name === 'DELEGATE_TOKEN' && typeof entry.value === 'string')
      return entry.value
  }
  return undefined
}

/** The token field of one YAML document: a Secret's key, Helm's `delegateToken`, compose's env. */
function tokenOf(doc: unknown): string | undefined {
  if (!isObject(doc)) return undefined
  if (doc.kind === 'Secret') {
    const plain = isObject(doc.stringData) ? doc.stringData.DELEGATE_TOKEN : undefined
    if (typeof plain === 'string') return plain
    const encoded = isObject(doc.data) ? doc.data.DELEGATE_TOKEN : undefined
    if (typeof encoded === 'string') return fromBase64(encoded)
  }
  if (typeof doc.delegateToken === 'string') return doc.delegateToken
  if (isObject(doc.services))
    for (const service of Object.values(doc.services))
      if (isObject(service)) {
        const value = fromEnvironment(service.environment)
        if (value !== undefined) return value
      }
  return undefined
}

/**
 * Whether a downloaded Kubernetes manifest, Helm values file or compose file holds the token value,
 * read from the parsed token field itself (the files' header comments name the placeholder in every
 * case, so a substring test says "placeholder" for a file that holds the real token).
 */
export function tokenStateOf(content: string): TokenState {
  let docs: unknown[]
  try {
    docs = parseAllDocuments(content).flatMap((doc): unknown[] =>
      doc.errors.length ? [] : [doc.toJS() as unknown],
    )
  } catch {
    return 'missing'
  }
  for (const doc of docs) {
    const value = tokenOf(doc)
    if (value === undefined) continue
    return !value.trim() || value.includes(TOKEN_PLACEHOLDER) ? 'placeholder' : 'filled'
  }
  return 'missing'
}
