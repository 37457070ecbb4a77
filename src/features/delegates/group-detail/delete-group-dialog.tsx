import { useQuery } from '@tanstack/react-query'

import { describeError } from '@/api/errors'
import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Notice } from '@/components/ui/page'
import { pluralize } from '@/lib/format'
import { toast } from '@/lib/toast'

import { groupDependentsQuery } from '../api/group-dependents'
import { useDeleteDelegateGroup } from '../api/group-mutations'
import { CodeBlock } from '../components/code-block'
import { typeLabel } from '../lib/delegate-type'
import { dependentsOf, groupKey } from '../lib/dependents'
import { HARNESS_DOCS } from '../lib/harness-docs'
import { uninstallCommands } from '../lib/uninstall'
import styles from './group-detail.module.css'

/**
 * Delete a group's record, with the docs' warning first: deleting in Harness does not uninstall
 * what runs in the cluster or on the host (HARNESS_DOCS.deleteDelegate), and the commands that
 * do, for the group's installer. Names the connectors only this group serves.
 */
export function DeleteGroupDialog({
  open,
  onOpenChange,
  scope,
  group,
  onDeleted,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  scope: Scope
  group: DelegateGroup
  onDeleted: () => void
}) {
  const identifier = group.delegateGroupIdentifier ?? ''
  const name = group.groupName ?? identifier
  const remove = useDeleteDelegateGroup(scope)
  const dependents = useQuery({ ...groupDependentsQuery(scope), enabled: open })
  const only = dependents.data
    ? dependentsOf(groupKey(scope, identifier), dependents.data).only
    : []
  const steps = uninstallCommands({ name, type: group.delegateType })
  const confirm = () =>
    remove.mutate(identifier, {
      onSuccess: () => {
        toast.success(`Deleted ${name}. Uninstall it where it runs if you have not yet.`)
        onOpenChange(false)
        onDeleted()
      },
    })
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) remove.reset()
        onOpenChange(next)
      }}
      title={`Delete ${name}?`}
      description="Harness forgets the group: it leaves the list and connectors can no longer select it."
      wide
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="danger" onClick={confirm} disabled={remove.isPending}>
            {remove.isPending ? 'Deleting…' : `Delete ${name}`}
          </Button>
        </>
      }
    >
      <Notice tone="warning">
        Deleting a delegate in Harness does not uninstall it: what runs in your cluster or on your
        host keeps running until you remove it there.{' '}
        <a href={HARNESS_DOCS.deleteDelegate} target="_blank" rel="noreferrer">
          Harness&apos;s docs
        </a>
      </Notice>
      {only.length ? (
        <Notice tone="danger">
          {pluralize(only.length, 'connector')} only this group serves:{' '}
          {only.map((d) => (d.where ? `${d.name} (${d.where})` : d.name)).join(', ')}.{' '}
          {only.length === 1 ? 'Its' : 'Their'} tests and tasks fail once it is gone.
        </Notice>
      ) : null}
      <h3 className={styles.subTitle}>To uninstall a {typeLabel(group.delegateType)} delegate</h3>
      <ol className={styles.steps}>
        {steps.map((step, i) => (
          <li key={i}>
            <p className={styles.stepTitle}>{step.title}</p>
            {step.command ? (
              <CodeBlock code={step.command} label={`Uninstall ${name}, step ${i + 1}`} />
            ) : null}
          </li>
        ))}
      </ol>
      {remove.error ? (
        <Notice tone="danger">The group was not deleted. {describeError(remove.error)}</Notice>
      ) : null}
    </Dialog>
  )
}
