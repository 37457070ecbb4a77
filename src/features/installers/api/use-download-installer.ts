import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'

import { requestFile } from '@/api/client'
import { isApiError } from '@/api/errors'
import { delegateQueries, fetchTokenValue } from '@/api/queries/delegates'
import { ngScopeParams, type Scope } from '@/api/scope'
import { downloadText } from '@/lib/download'
import { recordOnboardingEvent } from '@/lib/onboarding-events'

import { tokenStateOf, type TokenState } from '../lib/token-in-file'
import type { HarnessCluster, InstallerConfig } from '../lib/types'

import { buildFile, MANAGER_FILES, type FileKind } from './files'
import { managerCall } from './manager-requests'

export interface DownloadRequest {
  kind: FileKind
  /** The config without the token value (`token.value` is ignored and read here, for the file only). */
  config: InstallerConfig
  /** `browser` forces the browser-built file even where the Manager serves one. */
  source?: 'manager' | 'browser'
}

/** What the page keeps after a download. Deliberately no file content: it holds the token. */
export interface DownloadResult {
  kind: FileKind
  filename: string
  nextCommands: string[]
  delegateName: string
  tokenName: string
  /** The cluster chosen for this file: the troubleshooting guide's host and preflight link. */
  cluster: HarnessCluster
  source: 'manager' | 'browser'
  /**
   * What the file holds where the token goes: `placeholder` when the value was withheld (the admin
   * may paste it), `missing` when a Manager's file has no token field the console can read.
   */
  tokenState: TokenState
  /** Instances of a same-named group before the download, so the heartbeat check spots a new one. */
  knownInstances: string[]
  startedAt: number
}

/** The value for a browser-built file: what the admin pasted, else the Manager's (when it gives it). */
async function tokenValueFor(scope: Scope, tokenName: string, pasted: string) {
  if (pasted) return pasted
  try {
    return await fetchTokenValue(scope, tokenName)
  } catch (error) {
    // Without delegate edit permission the Manager withholds values (REFERENCE.md §3): placeholder.
    if (isApiError(error) && error.isForbidden) return null
    throw error
  }
}

async function knownInstances(queryClient: QueryClient, scope: Scope, name: string) {
  try {
    const groups = await queryClient.fetchQuery({ ...delegateQueries.groups(scope), staleTime: 0 })
    const group = groups.find((g) => g.groupName === name)
    return (group?.delegateInstanceDetails ?? []).flatMap((i) => (i.uuid ? [i.uuid] : []))
  } catch {
    return [] // The check still works for a brand-new name; a listing hiccup must not block the file.
  }
}

/**
 * Downloads one installer file. The token value lives only inside this function: it never enters
 * the mutation's variables or result (both sit in the MutationCache), the URL, storage or a log.
 * `pastedToken` is read through a getter for the same reason.
 */
export function useDownloadInstaller(scope: Scope, pastedToken: () => string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ kind, config, source }: DownloadRequest): Promise<DownloadResult> => {
      const known = await knownInstances(queryClient, scope, config.delegateName)
      const startedAt = Date.now()
      const reference = buildFile(kind, { ...config, token: { ...config.token, value: null } })
      const fromManager = source !== 'browser' && MANAGER_FILES.includes(kind)
      let content: string
      let tokenState: TokenState
      const call = fromManager ? managerCall(kind, config, scope) : null
      if (call) {
        content = (
          await requestFile({
            method: 'POST',
            path: call.path,
            query: ngScopeParams(scope),
            body: call.body,
            permission: 'Delegates: Edit',
          })
        ).content
        // From the parsed token field: every file's header comment names the placeholder.
        tokenState = tokenStateOf(content)
      } else {
        const value = await tokenValueFor(scope, config.token.name, pastedToken())
        content = buildFile(kind, { ...config, token: { ...config.token, value } }).content
        tokenState = value === null ? 'placeholder' : 'filled'
      }
      // Saved under the conventional name the next commands use (the Manager's own
      // Content-Disposition says harness-delegate-kubernetes.yaml; seed 002 uses harness-delegate.yaml).
      downloadText(reference.filename, content, reference.mimeType)
      recordOnboardingEvent('installer-downloaded')
      return {
        kind,
        filename: reference.filename,
        nextCommands: reference.nextCommands,
        delegateName: config.delegateName,
        tokenName: config.token.name,
        cluster: config.cluster,
        source: call ? 'manager' : 'browser',
        tokenState,
        knownInstances: known,
        startedAt,
      }
    },
    // Not awaited: the download is done, and a slow groups read must not hold up saying so.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: delegateQueries.groups(scope).queryKey })
    },
  })
}
