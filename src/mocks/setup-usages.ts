import type { ConnectorInfo } from '@/api/schemas/connector'

import { db, type MockEntityRef, type MockSetupUsage } from './db'
import { errorBody } from './http'

/**
 * The Manager's fully qualified name of an entity: `account/org/project/identifier`, the absent
 * scopes left out ([SRC] harness-core FullyQualifiedIdentifierHelper.getFullyQualifiedIdentifier;
 * the same string Harness's UI builds for `referredEntityFQN` in EntityUsage.tsx).
 */
export function fqnOf(
  accountId: string,
  ref: Pick<MockEntityRef, 'identifier' | 'orgIdentifier' | 'projectIdentifier'>,
) {
  return [accountId, ref.orgIdentifier, ref.projectIdentifier, ref.identifier]
    .filter(Boolean)
    .join('/')
}

/**
 * Every secret stored in a secret manager refers to that connector: the Manager writes the record
 * when the secret is saved, at the secret's own scope ([SRC] harness-core
 * SecretEntityReferenceHelper.createSetupUsageForSecretManager). Derived here from the secrets, so
 * the two never disagree.
 */
function secretsStoredIn(): MockSetupUsage[] {
  return db().secrets.flatMap(({ secret, createdAt }) => {
    const manager = secret.spec?.secretManagerIdentifier
    if (typeof manager !== 'string' || manager === 'harnessSecretManager') return []
    const where = {
      orgIdentifier: secret.orgIdentifier ?? undefined,
      projectIdentifier: secret.projectIdentifier ?? undefined,
    }
    return [
      {
        referred: { type: 'Connectors', identifier: manager, name: manager, ...where },
        referredBy: { type: 'Secrets', identifier: secret.identifier, name: secret.name, ...where },
        createdAt: createdAt ?? 0,
      },
    ]
  })
}

/**
 * The records whose referred entity is `fqn` of `type` (when given), newest first, filtered by
 * `searchTerm` on the referring entity's name [INF: the Manager matches it case-insensitively as
 * a pattern, like its other list searches].
 */
export function usagesOf(fqn: string, type?: string | null, searchTerm?: string | null) {
  const accountId = db().account.identifier
  const term = searchTerm?.trim().toLowerCase()
  return [...db().setupUsages, ...secretsStoredIn()]
    .filter(
      (u) =>
        fqnOf(accountId, u.referred) === fqn &&
        (!type || u.referred.type === type) &&
        (!term || u.referredBy.name.toLowerCase().includes(term)),
    )
    .sort((a, b) => b.createdAt - a.createdAt)
}

const scopeOf = (ref: MockEntityRef) =>
  ref.projectIdentifier ? 'project' : ref.orgIdentifier ? 'org' : 'account'

/** An EntityDetail as the Manager writes it ([SRC] EntityDetail, IdentifierRef). */
function entityDetail(accountId: string, ref: MockEntityRef, name: string) {
  return {
    type: ref.type,
    name,
    entityRef: {
      scope: scopeOf(ref),
      accountIdentifier: accountId,
      orgIdentifier: ref.orgIdentifier ?? null,
      projectIdentifier: ref.projectIdentifier ?? null,
      identifier: ref.identifier,
      metadata: {},
    },
  }
}

/** A connector's name now, else the one recorded (a force-deleted connector keeps its records). */
function connectorName(ref: MockEntityRef) {
  const found = db().connectors.find(
    ({ response: { connector: c } }) =>
      c.identifier === ref.identifier &&
      (c.orgIdentifier ?? undefined) === ref.orgIdentifier &&
      (c.projectIdentifier ?? undefined) === ref.projectIdentifier,
  )
  return found?.response.connector.name ?? ref.name
}

/** One record as `EntitySetupUsageDTO` ([SRC] harness-core; the client's `EntitySetupUsage`). */
export function toEntitySetupUsage(u: MockSetupUsage) {
  const accountId = db().account.identifier
  const referredName =
    u.referred.type === 'Connectors' ? connectorName(u.referred) : u.referred.name
  return {
    accountIdentifier: accountId,
    referredEntity: entityDetail(accountId, u.referred, referredName),
    referredByEntity: entityDetail(accountId, u.referredBy, u.referredBy.name),
    detail: u.detail ?? null,
    createdAt: u.createdAt,
  }
}

/**
 * The Manager's delete rule ([SRC] harness-core DefaultConnectorServiceImpl.delete and
 * checkThatTheConnectorIsNotUsedByOthers): `forceDelete=true` needs the account setting
 * enable_force_delete, else 400 INVALID_REQUEST; without it, a connector any entity refers to is
 * not deleted: ReferencedEntityException, which is HTTP 400 ENTITY_REFERENCE_EXCEPTION (the
 * ErrorCode's default status) in the Error body.
 */
export function refuseConnectorDelete(c: ConnectorInfo, forceDelete: string | null) {
  const accountId = db().account.identifier
  if (forceDelete === 'true') {
    if (db().settings.enable_force_delete === 'true') return null
    return errorBody(
      400,
      'INVALID_REQUEST',
      `Parameter forcedDelete cannot be true. Force Delete is not enabled for account [${accountId}]`,
    )
  }
  const ref = {
    identifier: c.identifier,
    orgIdentifier: c.orgIdentifier ?? undefined,
    projectIdentifier: c.projectIdentifier ?? undefined,
  }
  if (!usagesOf(fqnOf(accountId, ref), 'Connectors').length) return null
  return errorBody(
    400,
    'ENTITY_REFERENCE_EXCEPTION',
    `Could not delete the connector ${c.identifier} as it is referenced by other entities`,
  )
}
