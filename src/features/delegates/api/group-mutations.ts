import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'

import { requestRest } from '@/api/client'
import { delegateQueries } from '@/api/queries/delegates'
import { delegateGroupTagsSchema, type DelegateGroup } from '@/api/schemas/delegate'
import { ngScopeParams, type Scope } from '@/api/scope'
import { z } from '@/lib/zod-mini'

/**
 * Managing one delegate group through the calls Harness's ng-manager client names (not in
 * REFERENCE.md; paths and parameters from @harnessio/react-ng-manager-v2-client): its tags, an
 * image override ("pin") and deletion. Like the token mutations, none waits for a list refetch:
 * the Manager's answer goes into the cached list at once and the refetch runs behind it.
 */

function patchGroups(
  client: QueryClient,
  scope: Scope,
  change: (groups: DelegateGroup[]) => DelegateGroup[],
) {
  const key = delegateQueries.groups(scope).queryKey
  const groups = client.getQueryData<DelegateGroup[]>(key)
  if (groups) client.setQueryData(key, change(groups))
  void client.invalidateQueries({ queryKey: delegateQueries.all() })
}

/** Replace the group's custom tags (updateTagsOfDelegateGroup: PUT delegate-group-tags/{id}). */
export function useUpdateGroupTags(scope: Scope, identifier: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (tags: string[]) =>
      requestRest({
        method: 'PUT',
        path: `/ng/api/delegate-group-tags/${encodeURIComponent(identifier)}`,
        query: ngScopeParams(scope),
        body: { tags },
        schema: delegateGroupTagsSchema,
        permission: 'Delegates: Edit',
      }),
    onSuccess: (dto) =>
      patchGroups(client, scope, (groups) =>
        groups.map((g) =>
          g.delegateGroupIdentifier === identifier
            ? { ...g, groupCustomSelectors: dto.tags ?? [] }
            : g,
        ),
      ),
  })
}

export interface PinVariables {
  /** The image, `harness/delegate:yy.mm.build`. */
  image: string
  /** The selectors the pinned delegates carry: the group's name pins just that group. */
  tags: string[]
  /** Days, or 'next-release' to end the pin when Harness publishes the next version. */
  validFor: number | 'next-release'
}

/** Pin an image (overrideDelegateImageTag_1: PUT delegate-setup/override-delegate-tag). */
export function usePinImage(scope: Scope) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ image, tags, validFor }: PinVariables) =>
      requestRest({
        method: 'PUT',
        path: '/ng/api/delegate-setup/override-delegate-tag',
        query: {
          ...ngScopeParams(scope),
          delegateTag: image,
          tags,
          validTillNextRelease: validFor === 'next-release',
          // The API still wants a window with validTillNextRelease: the longest it defaults to.
          validForDays: validFor === 'next-release' ? 180 : validFor,
        },
        schema: z.unknown(),
        permission: 'Delegates: Edit',
      }),
    onSettled: () =>
      void client.invalidateQueries({ queryKey: delegateQueries.overrides(scope).queryKey }),
  })
}

/** End a pin (overrideDelegateImageTag: DELETE delegate-setup/delete-delegate-override). */
export function useUnpinImage(scope: Scope) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (tags: string[]) =>
      requestRest({
        method: 'DELETE',
        path: '/ng/api/delegate-setup/delete-delegate-override',
        query: { ...ngScopeParams(scope), tags },
        schema: z.unknown(),
        permission: 'Delegates: Edit',
      }),
    onSettled: () =>
      void client.invalidateQueries({ queryKey: delegateQueries.overrides(scope).queryKey }),
  })
}

/** Delete the group's record (deleteDelegate: DELETE delegate-setup/delegate/{id}). */
export function useDeleteDelegateGroup(scope: Scope) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (identifier: string) =>
      requestRest({
        method: 'DELETE',
        path: `/ng/api/delegate-setup/delegate/${encodeURIComponent(identifier)}`,
        query: ngScopeParams(scope),
        schema: z.unknown(),
        permission: 'Delegates: Delete',
      }),
    onSuccess: (_data, identifier) =>
      patchGroups(client, scope, (groups) =>
        groups.filter((g) => g.delegateGroupIdentifier !== identifier),
      ),
  })
}
