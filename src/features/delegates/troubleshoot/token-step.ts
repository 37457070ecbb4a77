import type { DelegateGroup } from '@/api/schemas/delegate'

import type { StepStatus } from './troubleshoot-steps'

/**
 * Harness, "Secure delegates with tokens" (developer.harness.io/docs/platform/delegates/
 * secure-delegates/secure-delegates-with-tokens): "When you revoke a token, all delegates using
 * that token are immediately disconnected and stopped." and "Harness loads tokens during the
 * delegate startup process".
 */
const REVOKED_QUOTE =
  'Harness: “When you revoke a token, all delegates using that token are immediately disconnected and stopped.”'

export interface TokenFindingInput {
  group: Pick<DelegateGroup, 'tokenActive'>
  tokenRevoked: boolean | null
  tokenName?: string | null
  tokenInScope?: boolean | null
}

/**
 * What the data says about the group's token. `group.tokenActive` is false when any instance uses
 * a revoked token (REFERENCE.md §4c); `tokenRevoked` is the named token's status in this scope's
 * list; `tokenInScope: false` means none of this scope's tokens lists the group.
 */
export function tokenFinding({ group, tokenRevoked, tokenName, tokenInScope }: TokenFindingInput): {
  status: StepStatus
  finding: string
} {
  const token = tokenName ? `The token ${tokenName}` : 'The token this group uses'
  if (tokenRevoked === true)
    return { status: 'problem', finding: `${token} is revoked. ${REVOKED_QUOTE}` }
  if (group.tokenActive === false)
    return {
      status: 'problem',
      finding: `Harness reports that at least one delegate of this group uses a revoked token. ${REVOKED_QUOTE}`,
    }
  if (tokenRevoked === false) return { status: 'ok', finding: `${token} is active.` }
  if (tokenInScope === false)
    return {
      status: 'unknown',
      finding:
        'None of this scope’s delegate tokens lists this group, so its token is not one of them: it may belong to another scope (the account or an organization).',
    }
  return {
    status: 'unknown',
    finding: 'The console could not tell which token this group uses, or whether it is revoked.',
  }
}

/** Where each installer keeps the token (seed 002 and the installers), and when it is read. */
export function tokenMeaning(type: string | null | undefined, name: string): string[] {
  const where: Record<string, string> = {
    KUBERNETES: `The delegate reads DELEGATE_TOKEN from the Secret ${name}-account-token.`,
    CE_KUBERNETES: `The delegate reads DELEGATE_TOKEN from the Secret ${name}-account-token.`,
    HELM_DELEGATE: 'The token is the release’s delegateToken value.',
    DOCKER:
      'The token is the container’s DELEGATE_TOKEN variable (and its upgrader’s UPGRADER_TOKEN).',
    SHELL_SCRIPT: 'The token is delegateToken in config-delegate.yaml and config-watcher.yaml.',
    ECS: 'The token is DELEGATE_TOKEN in the task definition’s environment.',
  }
  return [
    ...(type && Object.hasOwn(where, type) ? [where[type]] : []),
    'Harness loads the token when the delegate starts: after putting in a new one, restart the delegate.',
    'To replace a revoked token, generate a new one and put it into the delegate; the console’s token rotation walks through it.',
  ]
}
