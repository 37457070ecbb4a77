import type { FieldError } from '@/api/schemas/common'
import type { ConnectorInfo } from '@/api/schemas/connector'
import { parseReference, scopeLevel, type ScopeLevel } from '@/api/scope'

/**
 * Spec fields that hold a secret ref although their name does not end in `Ref` ([SRC] the
 * `@SecretReference SecretRefData` fields of each connector DTO; REFERENCE.md §6: Vault's
 * authToken and secretId, AWS KMS's and Secrets Manager's manual keys, Azure Key Vault's
 * secretKey, GCP KMS's credentials, Terraform Cloud's apiToken).
 */
const UNSUFFIXED: Partial<Record<string, readonly string[]>> = {
  Vault: ['authToken', 'secretId', 'xvaultAwsIamServerId'],
  AwsKms: ['accessKey', 'secretKey', 'kmsArn'],
  AwsSecretManager: ['accessKey', 'secretKey'],
  AzureKeyVault: ['secretKey'],
  GcpKms: ['credentials'],
  TerraformCloud: ['apiToken'],
}
/** `*Ref` fields that point at something other than a secret. */
const NOT_SECRETS = new Set(['connectorRef', 'templateRef'])

const isSecretKey = (type: string, key: string) =>
  (key.endsWith('Ref') && !NOT_SECRETS.has(key)) || !!UNSUFFIXED[type]?.includes(key)

/** Every secret ref in a connector's spec, with its body path (`spec.auth.spec.passwordRef`). */
export function secretRefsOf(info: ConnectorInfo): { fieldId: string; ref: string }[] {
  const found: { fieldId: string; ref: string }[] = []
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${i}`))
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (typeof v === 'string' && v && isSecretKey(info.type, key))
          found.push({ fieldId: `${path}.${key}`, ref: v })
        else walk(v, `${path}.${key}`)
      }
  }
  walk(info.spec, 'spec')
  return found
}

const RANK: Record<ScopeLevel, number> = { account: 0, org: 1, project: 2 }
const refLevel = (ref: string) => parseReference(ref).level

/**
 * The Manager refuses a secret from a scope below the connector's ([SRC]
 * SecretRefInputValidationHelper.validateTheScopeOfTheSecret: "The org level secret cannot be
 * used at account level"; "The project level secret cannot be used at a org level"). A project
 * connector may use any of the three. Whether the secret exists is left to the connection test.
 */
export function unreachableSecretRefs(info: ConnectorInfo): FieldError[] {
  const owner = scopeLevel({
    orgId: info.orgIdentifier ?? undefined,
    projectId: info.projectIdentifier ?? undefined,
  })
  return secretRefsOf(info)
    .filter(({ ref }) => RANK[refLevel(ref)] > RANK[owner])
    .map(({ fieldId, ref }) => ({
      fieldId,
      error: `The ${refLevel(ref)} level secret ${ref} cannot be used at ${owner} level: choose a secret from this scope or above it`,
    }))
}
