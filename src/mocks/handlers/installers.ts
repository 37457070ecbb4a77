import { HttpResponse, http } from 'msw'

import { delegateDownloadRequestSchema, delegateSetupDetailsSchema } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import type { HarnessCluster, InstallerType } from '@/features/installers/lib/types'

import { db, update } from '../db'
import { errorBody, failure, gw, ngScope, ownerOf, readJson } from '../http'
import { getTokenValue } from '../token-values'

/** How long after a download the mock's new delegate sends its first heartbeat. */
export const FIRST_HEARTBEAT_DELAY_MS = 6_000

interface Install {
  name: string
  tags?: string[]
  tokenName?: string
  size?: string
  permission?: string
  namespace?: string
  description?: string
}

/** The Manager's checks on a download ([SRC] DelegateDownloadServiceImpl): token, scope, namespace, unique name. */
function check(
  scope: Scope,
  install: Install,
): Response | { tokenName: string; value: string | null } {
  const owner = ownerOf(scope)
  const tokenName = install.tokenName || (owner ? `default_token_${owner}` : 'default_token')
  const token = db().tokens.find(
    (t) => t.name === tokenName && (t.ownerIdentifier ?? undefined) === owner,
  )
  if (!token || token.status !== 'ACTIVE')
    return errorBody(
      400,
      'INVALID_REQUEST',
      `Can not use ${tokenName} delegate token. This token does not exists or has been revoked. Please specify a valid delegate token.`,
    )
  if (install.permission === 'NAMESPACE_ADMIN' && !install.namespace)
    return errorBody(
      400,
      'INVALID_REQUEST',
      'Cluster namespace must be provided for permission type NAMESPACE_ADMIN.',
    )
  if (db().delegateGroups.some((g) => g.name === install.name))
    return errorBody(
      400,
      'INVALID_REQUEST',
      `Delegate with name ${install.name} already exists in the account.`,
    )
  return { tokenName, value: getTokenValue(owner, tokenName) ?? null }
}

/** The mock's stand-in for a real install: a group that starts beating a few seconds later. */
function registerPendingDelegate(scope: Scope, install: Install, type: string, tokenName: string) {
  const now = Date.now()
  const version = db().latestDelegateVersion
  update((d) =>
    d.delegateGroups.push({
      identifier: install.name.replace(/[^a-zA-Z0-9_]/g, '_'),
      name: install.name,
      type,
      tags: install.tags ?? [],
      description: install.description,
      orgId: scope.orgId,
      projectId: scope.projectId,
      tokenName,
      version,
      instances: [
        { uuid: crypto.randomUUID(), hostName: `${install.name}-0`, version, heartbeat: 'live' },
      ],
      firstHeartbeatAt: now + FIRST_HEARTBEAT_DELAY_MS,
    }),
  )
}

/** The generator (and its YAML library) loads with the first download, not with the mock. */
async function file(
  type: InstallerType,
  scope: Scope,
  install: Install,
  token: { tokenName: string; value: string | null },
) {
  const { buildInstaller } = await import('@/features/installers/lib/build-installer')
  return buildInstaller({
    type,
    accountId: scope.accountId,
    delegateName: install.name,
    token: { name: token.tokenName, value: token.value },
    size: (install.size as 'LAPTOP') ?? 'LAPTOP',
    tags: install.tags ?? [],
    permission: (install.permission as 'CLUSTER_ADMIN') ?? 'CLUSTER_ADMIN',
    namespace: install.namespace,
    cluster: db().account.cluster as HarnessCluster,
    imageVersion: db().latestDelegateVersion,
    stackDriverLogging: true,
    description: install.description,
  })
}

const textFile = (content: string, filename: string) =>
  new HttpResponse(content, {
    headers: {
      'Content-Type': 'text/plain; charset=UTF-8',
      'Content-Disposition': `attachment; filename=${filename}`,
    },
  })

/** Installer downloads (REFERENCE.md §4a, §4b): text/plain files, no envelope. */
export const installerHandlers = [
  ...(['kubernetes', 'docker'] as const).map((kind) =>
    http.post(gw(`/ng/api/download-delegates/${kind}`), async ({ request }) => {
      const scope = ngScope(new URL(request.url))
      if ('error' in scope) return scope.error
      const parsed = delegateDownloadRequestSchema.safeParse(await readJson(request))
      if (!parsed.success)
        return failure(
          'name: must not be null',
          parsed.error.issues.map((i) => ({
            fieldId: i.path.join('.') || 'body',
            error: i.message,
          })),
        )
      const body = parsed.data
      const install: Install = {
        name: body.name,
        tags: body.tags,
        tokenName: body.tokenName,
        size: body.size,
        permission: body.clusterPermissionType,
        namespace: body.customClusterNamespace,
        description: body.description,
      }
      const token = check(scope.scope, install)
      if (token instanceof Response) return token
      const built = await file(kind, scope.scope, install, token)
      registerPendingDelegate(
        scope.scope,
        install,
        kind === 'kubernetes' ? 'KUBERNETES' : 'DOCKER',
        token.tokenName,
      )
      return textFile(
        built.content,
        kind === 'kubernetes' ? 'harness-delegate-kubernetes.yaml' : 'docker-compose.yaml',
      )
    }),
  ),
  http.post(gw('/ng/api/delegate-setup/generate-helm-values'), async ({ request }) => {
    const scope = ngScope(new URL(request.url))
    if ('error' in scope) return scope.error
    const parsed = delegateSetupDetailsSchema.safeParse(await readJson(request))
    if (!parsed.success)
      return failure(
        'Invalid delegate setup details',
        parsed.error.issues.map((i) => ({ fieldId: i.path.join('.') || 'body', error: i.message })),
      )
    const body = parsed.data
    const install: Install = {
      name: body.name,
      tags: body.tags,
      tokenName: body.tokenName,
      size: body.size,
      permission: body.k8sConfigDetails?.k8sPermissionType,
      namespace: body.k8sConfigDetails?.namespace,
      description: body.description,
    }
    const token = check(scope.scope, install)
    if (token instanceof Response) return token
    const built = await file('helm', scope.scope, install, token)
    registerPendingDelegate(scope.scope, install, 'HELM_DELEGATE', token.tokenName)
    return textFile(built.content, 'harness-delegate-values.yaml')
  }),
]
