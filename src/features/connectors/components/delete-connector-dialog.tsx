import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'

import { describeError, isApiError } from '@/api/errors'
import { connectorQueries } from '@/api/queries/connectors'
import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { scopeLevel } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'

import { useDeleteConnector } from '../api/mutations'
import { ownScope } from '../api/test'
import styles from '../delete/delete.module.css'
import { ForceDeleteChoice, useForceDeleteSetting } from '../delete/force-delete-choice'
import { UsagePanel } from '../delete/usage-panel'
import { forgetHealth } from '../health/history-store'

/** "the account", "the organization default", "the project default / cd_platform". */
export function scopeName(info: Pick<ConnectorInfo, 'orgIdentifier' | 'projectIdentifier'>) {
  const level = scopeLevel({
    orgId: info.orgIdentifier ?? undefined,
    projectId: info.projectIdentifier ?? undefined,
  })
  if (level === 'account') return 'the account'
  if (level === 'org') return `the organization ${info.orgIdentifier}`
  return `the project ${info.orgIdentifier} / ${info.projectIdentifier}`
}

interface DeleteConnectorDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The scope the connector is read at (the API deletes it there). */
  scope: Scope
  connector: Pick<ConnectorInfo, 'name' | 'identifier' | 'orgIdentifier' | 'projectIdentifier'>
  onDeleted?: () => void
}

/** Why the Manager did not delete it, in words. */
function Refusal({ error, forced }: { error: unknown; forced: boolean }) {
  const code = isApiError(error) ? error.code : undefined
  if (code === 'ENTITY_REFERENCE_EXCEPTION')
    return (
      <Notice tone="danger">
        The Manager did not delete it because other entities refer to it: “{describeError(error)}”.
      </Notice>
    )
  if (forced && code === 'INVALID_REQUEST')
    return (
      <Notice tone="danger">
        The Manager refused the force delete, and nothing was deleted: “{describeError(error)}”.
      </Notice>
    )
  return <Notice tone="danger">The connector was not deleted. {describeError(error)}</Notice>
}

/**
 * Confirms deleting a connector after showing where it is used (the Manager's entity setup usage).
 * A connector in use is not deleted unless forced, and the account must allow force delete: the
 * Manager's rule ([SRC] harness-core DefaultConnectorServiceImpl.delete), which the dialog follows
 * and explains rather than leaving to a refusal. DELETE /ng/api/connectors/{identifier}.
 */
export function DeleteConnectorDialog({
  open,
  onOpenChange,
  scope,
  connector,
  onDeleted,
}: DeleteConnectorDialogProps) {
  const remove = useDeleteConnector(scope)
  const usages = useQuery({
    ...connectorQueries.usages(scope, connector.identifier),
    enabled: open,
  })
  const inUse = (usages.data?.totalItems ?? 0) > 0
  const setting = useForceDeleteSetting(scope.accountId, open && inUse)
  const [force, setForce] = useState(false)
  const forced = inUse && force
  const where = scopeName(connector)
  const close = (next: boolean) => {
    if (!next) {
      remove.reset()
      setForce(false)
    }
    onOpenChange(next)
  }
  const submit = () =>
    remove.mutate(
      { identifier: connector.identifier, force: forced },
      {
        onSuccess: () => {
          forgetHealth(ownScope(scope.accountId, connector), connector.identifier)
          close(false)
          onDeleted?.()
        },
        // The usages read again on any failure (mutations.ts); a refused force re-reads the setting.
        onError: () => (forced ? setting.refetch() : undefined),
      },
    )
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      onBeforeClose={() => !remove.isPending}
      title={`Delete ${connector.name}?`}
      description={
        <>
          This deletes the connector <code>{connector.identifier}</code> from {where}. This cannot
          be undone.
        </>
      }
      footer={
        <>
          <Button onClick={() => close(false)} disabled={remove.isPending}>
            Cancel
          </Button>
          {inUse ? (
            <Button
              variant="danger"
              disabled={!force || setting.state === 'off' || remove.isPending}
              onClick={submit}
            >
              {remove.isPending ? 'Deleting…' : 'Delete anyway (force)'}
            </Button>
          ) : (
            <Button
              variant="danger"
              disabled={usages.isPending || remove.isPending}
              onClick={submit}
            >
              {remove.isPending ? 'Deleting…' : `Delete from ${where}`}
            </Button>
          )}
        </>
      }
    >
      <div className={styles.body}>
        {/* First: what just happened; the usages and the way on follow. */}
        {remove.isError ? (
          <Refusal error={remove.error} forced={remove.variables?.force ?? false} />
        ) : null}
        <UsagePanel usages={usages} />
        {inUse ? (
          <ForceDeleteChoice
            checked={force}
            onChange={setForce}
            disabled={remove.isPending}
            setting={setting}
          />
        ) : null}
      </div>
    </Dialog>
  )
}
