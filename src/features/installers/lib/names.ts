const DNS_LABEL_MAX = 63

/**
 * Delegate names become Kubernetes object names and label values, so they follow the DNS-1123
 * label rules (https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names).
 * Returns an error message, or `undefined` when the name is valid.
 */
export function validateDelegateName(name: string): string | undefined {
  if (name.length === 0) return 'Enter a delegate name.'
  if (name.length > DNS_LABEL_MAX) {
    return `Use at most ${DNS_LABEL_MAX} characters (this name has ${name.length}).`
  }
  if (/[A-Z]/.test(name)) return 'Use lowercase letters only (Kubernetes names are lowercase).'
  const bad = name.match(/[^a-z0-9-]/u)
  if (bad) return `Use only lowercase letters, digits and '-': ${describeCharacter(bad[0])}.`
  if (!/^[a-z0-9]/.test(name)) return 'Start the name with a lowercase letter or a digit.'
  if (!/[a-z0-9]$/.test(name)) return 'End the name with a lowercase letter or a digit.'
  return undefined
}

/** Names a character for a message: in quotes when it is visible, by its name or code otherwise. */
export function describeCharacter(ch: string): string {
  if (ch === ' ') return 'a space is not allowed'
  const code = ch.codePointAt(0) ?? 0
  // Control, format and separator characters would not show between quotes.
  if (/[\p{C}\p{Z}]/u.test(ch))
    return `the invisible character U+${code.toString(16).toUpperCase().padStart(4, '0')} is not allowed`
  return `${ch === "'" ? `"'"` : `'${ch}'`} is not allowed`
}

/**
 * Delegate tags travel as one comma-separated `DELEGATE_TAGS` value, so a tag must not contain a
 * comma, control characters or surrounding spaces. Returns an error message or `undefined`.
 */
export function validateTag(tag: string): string | undefined {
  if (tag.trim().length === 0) return 'Tags cannot be empty.'
  if (tag !== tag.trim()) return `Remove the spaces around ${JSON.stringify(tag)}.`
  if (tag.includes(',')) return `Tags cannot contain a comma (${JSON.stringify(tag)}).`
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(tag)) {
    return `Tags cannot contain line breaks or control characters (${JSON.stringify(tag)}).`
  }
  return undefined
}

/** Validates every tag and rejects duplicates. Returns the first error message or `undefined`. */
export function validateTags(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const error = validateTag(tag)
    if (error) return error
  }
  const duplicate = tags.find((tag, i) => tags.indexOf(tag) !== i)
  return duplicate === undefined
    ? undefined
    : `The tag ${JSON.stringify(duplicate)} is listed twice.`
}
