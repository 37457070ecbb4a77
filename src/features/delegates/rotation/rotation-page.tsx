import { useQuery, useQueryClient } from '@tanstack/react-query'
import { CheckCircle2 } from 'lucide-react'
import { useCallback, useState } from 'react'
import { Link, useParams } from 'react-router'

import { delegateQueries } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { Button, buttonClass } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import { Card, CardBody, Page } from '@/components/ui/page'
import { EmptyState, ErrorState, SkeletonRows } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { RevokeTokenDialog } from '../components/revoke-token-dialog'
import { moveDelegateInMock } from '../lib/mock-manager'
import { useLeaveGuard } from '@/hooks/use-leave-guard'
import styles from '../delegates.module.css'
import { NewTokenStep } from './new-token-step'
import { progressKey } from './progress'
import { RevokeOldStep } from './revoke-old-step'
import { UpdateDelegatesStep } from './update-delegates-step'
import { useRotationProgress } from './use-rotation-progress'

/** /delegates/tokens/:name/rotate: a guided, resumable rotation of one token (seed 002). */
export function RotationPage() {
  const scope = useScope()
  const { name = '' } = useParams()
  return <Rotation key={progressKey(scope, name)} scope={scope} oldName={name} />
}

function Rotation({ scope, oldName }: { scope: Scope; oldName: string }) {
  const queryClient = useQueryClient()
  const tokens = useQuery(delegateQueries.tokens(scope))
  const { progress, update, reset } = useRotationProgress(scope, oldName)
  // The new value: component memory only, never storage, URL or the query cache.
  const [value, setValue] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  const [revoking, setRevoking] = useState(false)
  /** The new token's name once the old one is revoked: the rotation is complete. */
  const [done, setDone] = useState<string | null>(null)
  const blocker = useLeaveGuard(!!value && !copied)
  // The Revoke button that opened the dialog is gone with the steps: focus goes to the way on.
  const focusOnMount = useCallback((link: HTMLAnchorElement | null) => link?.focus(), [])

  const back = withScope(paths.delegateTokens, scope)
  const page = (body: React.ReactNode) => (
    <Page
      title={`Rotate ${oldName}`}
      breadcrumb="Setup / Delegates / Delegate Tokens"
      subtitle="Replace a token without downtime: generate a new one, move each delegate to it, then revoke the old one."
      actions={
        <Link className={buttonClass()} to={back}>
          Back to tokens
        </Link>
      }
    >
      {body}
    </Page>
  )

  if (tokens.isPending)
    return page(
      <Card>
        <SkeletonRows rows={4} label="Loading the token" />
      </Card>,
    )
  if (tokens.isError)
    return page(
      <Card>
        <ErrorState error={tokens.error} onRetry={() => void tokens.refetch()} />
      </Card>,
    )
  if (done)
    return page(
      <Card>
        <EmptyState
          icon={<CheckCircle2 size={22} />}
          title="Rotation complete"
          action={
            <Link ref={focusOnMount} className={buttonClass('primary')} to={back}>
              See the tokens
            </Link>
          }
        >
          <p>
            {oldName} is revoked and your delegates use {done}.
          </p>
        </EmptyState>
      </Card>,
    )
  const old = tokens.data.find((t) => t.name === oldName)
  if (!old)
    return page(
      <Card>
        <EmptyState title={`No token named ${oldName} at this scope`}>
          <p>Check the scope, or pick a token from the list.</p>
        </EmptyState>
      </Card>,
    )
  if (old.status === 'REVOKED')
    return page(
      <Card>
        <EmptyState title={`${oldName} is revoked`}>
          <p>A revoked token cannot be rotated. Install new delegates with an active token.</p>
        </EmptyState>
      </Card>,
    )

  const candidate = progress.newTokenName
    ? tokens.data.find((t) => t.name === progress.newTokenName)
    : undefined
  // A revoked token is never a rotation target, even one this walkthrough generated earlier.
  const newName = candidate?.status === 'ACTIVE' ? candidate.name : null
  const lost = progress.newTokenName && !newName ? progress.newTokenName : null

  const confirmUpdated = (groupId: string) => {
    if (!newName) return
    update({ updated: [...new Set([...progress.updated, groupId])] })
    if (moveDelegateInMock(groupId, newName))
      void queryClient.invalidateQueries({ queryKey: delegateQueries.all() })
  }

  return page(
    <ol className={styles.steps}>
      <li>
        <Card>
          <CardBody>
            <h2 className={styles.stepTitle}>1. Generate the new token</h2>
            {lost ? (
              <p className={styles.muted}>
                {lost}, generated earlier, is no longer active. Generate another one.
              </p>
            ) : null}
            <div style={{ marginTop: 12 }}>
              <NewTokenStep
                scope={scope}
                oldName={oldName}
                newName={newName}
                value={value}
                onGenerated={(name, v) => {
                  setValue(v)
                  setCopied(false)
                  update({ newTokenName: name, updated: [] })
                }}
                onValue={setValue}
                onCopied={() => setCopied(true)}
                onDiscard={() => {
                  setValue(null)
                  update({ newTokenName: null, updated: [] })
                }}
              />
            </div>
          </CardBody>
        </Card>
      </li>
      <li>
        <Card>
          <CardBody>
            <h2 className={styles.stepTitle}>2. Update the delegates</h2>
            {newName ? (
              <UpdateDelegatesStep
                scope={scope}
                oldName={oldName}
                newName={newName}
                value={value}
                updated={progress.updated}
                onConfirm={confirmUpdated}
              />
            ) : (
              <p className={styles.muted}>Generate the new token first.</p>
            )}
          </CardBody>
        </Card>
      </li>
      <li>
        <Card>
          <CardBody>
            <h2 className={styles.stepTitle}>3. Revoke the old token</h2>
            <RevokeOldStep
              scope={scope}
              oldName={oldName}
              ready={!!newName}
              onRevoke={() => setRevoking(true)}
            />
          </CardBody>
        </Card>
      </li>
      <RevokeTokenDialog
        scope={scope}
        name={revoking ? oldName : null}
        onClose={() => setRevoking(false)}
        onRevoked={() => {
          setValue(null)
          setDone(newName ?? '')
          reset()
        }}
      />
      <Dialog
        open={blocker.state === 'blocked'}
        onOpenChange={(open) => (!open ? blocker.reset?.() : undefined)}
        title="Leave without copying the new token?"
        description="You have not copied the new token's value. If you leave, it is no longer shown here."
        footer={
          <>
            <Button onClick={() => blocker.reset?.()}>Stay</Button>
            <Button
              variant="danger"
              onClick={() => {
                setValue(null)
                blocker.proceed?.()
              }}
            >
              Leave
            </Button>
          </>
        }
      />
    </ol>,
  )
}
