import type { ConnectorResponse } from '@/api/schemas/connector'

/** A stored connector as the list endpoint returns it, for the plan's tests. */
export function connector(
  identifier: string,
  type: string,
  spec: Record<string, unknown>,
  extra: { name?: string; orgIdentifier?: string; projectIdentifier?: string } = {},
): ConnectorResponse {
  return {
    connector: {
      identifier,
      name: extra.name ?? identifier,
      type: type as ConnectorResponse['connector']['type'],
      spec,
      accountIdentifier: 'acc',
      ...extra,
    },
  }
}
