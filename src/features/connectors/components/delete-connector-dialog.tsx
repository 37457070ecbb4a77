import { describeError } from '@/api/errors'
import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { scopeLevel } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'

import { useDeleteConnector } from '../api/mutations'
import { ownScope } from '../api/test'
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

/**
 * Confirms deleting a connector, naming it and its scope: pipelines that refer to it stop working,
 * and the Manager does not keep a copy (DELETE /ng/api/connectors/{identifier}).
 */
export function DeleteConnectorDialog({
  open,
  onOpenChange,
  scope,
  connector,
  onDeleted,
}: DeleteConnectorDialogProps) {
  const remove = useDeleteConnector(scope)
  const where = scopeName(connector)
  const close = (next: boolean) => {
    if (!next) remove.reset()
    onOpenChange(next)
  }
  return (
    <Dialog
      open={open}
      onOpenChange={close}
      onBeforeClose={() => !remove.isPending}
      title={`Delete ${connector.name}?`}
      description={
        <>
          This deletes the connector <code>{connector.identifier}</code> from {where}. Pipelines and
          other connectors that refer to it will fail until they use another one. This cannot be
          undone.
        </>
      }
      footer={
        <>
          <Button onClick={() => close(false)} disabled={remove.isPending}>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(connector.identifier, {
                onSuccess: () => {
                  forgetHealth(ownScope(scope.accountId, connector), connector.identifier)
                  close(false)
                  onDeleted?.()
                },
              })
            }
          >
            {remove.isPending ? 'Deleting…' : `Delete from ${where}`}
          </Button>
        </>
      }
    >
      {remove.isError ? (
        <Notice tone="danger">The connector was not deleted. {describeError(remove.error)}</Notice>
      ) : null}
    </Dialog>
  )
}
