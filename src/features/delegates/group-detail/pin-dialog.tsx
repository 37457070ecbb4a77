import { useId, useState, type FormEvent } from 'react'

import { describeError } from '@/api/errors'
import type { DelegateGroup, VersionOverride } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import form from '@/components/ui/form.module.css'
import { Notice } from '@/components/ui/page'
import { formatDate } from '@/lib/format'
import { toast } from '@/lib/toast'

import { usePinImage, useUnpinImage, type PinVariables } from '../api/group-mutations'
import styles from './group-detail.module.css'

/** Harness's delegate image ([DOC] `harness/delegate:yy.mm.build`, REFERENCE.md §4d). */
export const DELEGATE_IMAGE = 'harness/delegate'
const VERSION = /^\d{2}\.\d{2}\.\d+(\.minimal)?$/

export function imageVersion(image: string | null | undefined) {
  return image?.startsWith(`${DELEGATE_IMAGE}:`) ? image.slice(DELEGATE_IMAGE.length + 1) : image
}

type Choice = 'current' | 'latest' | 'other'
const WINDOWS: { value: string; label: string }[] = [
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '180', label: '180 days (the API default)' },
  { value: 'next-release', label: 'Until Harness publishes the next version' },
]

/**
 * Pin the group's delegates to one image (overrideDelegateImageTag_1) by its name, the selector
 * only this group carries. Says first what pinning stops.
 */
export function PinDialog({
  open,
  onOpenChange,
  scope,
  group,
  latest,
  autoUpgradeOff,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  scope: Scope
  group: DelegateGroup
  latest: string | null | undefined
  autoUpgradeOff: boolean
}) {
  const name = group.groupName ?? group.delegateGroupIdentifier ?? ''
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Pin the image of ${name}`} wide>
      {open ? (
        <PinForm
          scope={scope}
          group={group}
          latest={latest}
          autoUpgradeOff={autoUpgradeOff}
          onDone={() => onOpenChange(false)}
        />
      ) : null}
    </Dialog>
  )
}

function PinForm({
  scope,
  group,
  latest,
  autoUpgradeOff,
  onDone,
}: {
  scope: Scope
  group: DelegateGroup
  latest: string | null | undefined
  autoUpgradeOff: boolean
  onDone: () => void
}) {
  const id = useId()
  const name = group.groupName ?? group.delegateGroupIdentifier ?? ''
  const current = group.groupVersion ?? group.delegateVersion ?? null
  const [choice, setChoice] = useState<Choice>(current ? 'current' : 'latest')
  const [other, setOther] = useState('')
  const [span, setSpan] = useState('30')
  const [otherError, setOtherError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const pin = usePinImage(scope)

  const version = choice === 'current' ? current : choice === 'latest' ? latest : other.trim()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (choice === 'other' && !VERSION.test(other.trim())) {
      setOtherError('Enter a delegate version as Harness names them, e.g. 25.10.86800.')
      return
    }
    if (!version) return
    setFormError(null)
    const variables: PinVariables = {
      image: `${DELEGATE_IMAGE}:${version}`,
      tags: [name],
      validFor: span === 'next-release' ? 'next-release' : Number(span),
    }
    try {
      await pin.mutateAsync(variables)
      toast.success(`Pinned ${name} to ${version}.`)
      onDone()
    } catch (error) {
      setFormError(`The image was not pinned. ${describeError(error)}`)
    }
  }

  return (
    <form className={form.grid} onSubmit={(e) => void submit(e)} noValidate>
      <Notice tone="warning">
        While pinned, the upgrader installs this image instead of the version Harness publishes:
        these delegates get no new release, fix or security patch until the pin ends or you unpin
        it. Pinning does not change when an image expires.
      </Notice>
      {autoUpgradeOff ? (
        <Notice>
          Auto-upgrade is off for this group, so a pin changes nothing on its delegates until the
          upgrader runs for them.
        </Notice>
      ) : null}
      <fieldset className={form.field} style={{ border: 0, padding: 0, margin: 0 }}>
        <legend className={form.label}>Version</legend>
        {current ? (
          <label className={form.checkbox}>
            <input
              type="radio"
              name={`${id}-version`}
              checked={choice === 'current'}
              onChange={() => setChoice('current')}
            />
            Its current version, <span className={styles.mono}>{current}</span>
          </label>
        ) : null}
        {latest ? (
          <label className={form.checkbox}>
            <input
              type="radio"
              name={`${id}-version`}
              checked={choice === 'latest'}
              onChange={() => setChoice('latest')}
            />
            The latest supported, <span className={styles.mono}>{latest}</span>
          </label>
        ) : null}
        <label className={form.checkbox}>
          <input
            type="radio"
            name={`${id}-version`}
            checked={choice === 'other'}
            onChange={() => setChoice('other')}
          />
          Another version
        </label>
        {choice === 'other' ? (
          <>
            <input
              aria-label="Other version"
              className={`${form.input} ${form.mono}`}
              value={other}
              placeholder="25.10.86800"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={otherError ? true : undefined}
              aria-describedby={otherError ? `${id}-other-error` : undefined}
              onChange={(e) => {
                setOther(e.target.value)
                setOtherError(null)
              }}
            />
            {otherError ? (
              <span id={`${id}-other-error`} className={form.error}>
                {otherError}
              </span>
            ) : null}
          </>
        ) : null}
      </fieldset>
      <div className={form.field}>
        <label className={form.label} htmlFor={`${id}-window`}>
          Pinned for
        </label>
        <select
          id={`${id}-window`}
          className={form.input}
          value={span}
          onChange={(e) => setSpan(e.target.value)}
        >
          {WINDOWS.map((w) => (
            <option key={w.value} value={w.value}>
              {w.label}
            </option>
          ))}
        </select>
        <span className={form.hint}>
          The pin applies to delegates that carry the selector <code>{name}</code>: this group.
        </span>
      </div>
      {formError ? <Notice tone="danger">{formError}</Notice> : null}
      <div className={styles.actionsRow} style={{ justifyContent: 'flex-end' }}>
        <Button type="button" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={pin.isPending}>
          {pin.isPending ? 'Pinning…' : `Pin to ${version || '…'}`}
        </Button>
      </div>
    </form>
  )
}

/** End a pin: the upgrader goes back to the published version at its next check. */
export function UnpinDialog({
  open,
  onOpenChange,
  scope,
  override,
  latest,
  groupName,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  scope: Scope
  override: VersionOverride
  latest: string | null | undefined
  groupName: string
}) {
  const unpin = useUnpinImage(scope)
  const [error, setError] = useState<string | null>(null)
  const tags = override.tags ?? []
  const submit = async () => {
    setError(null)
    try {
      await unpin.mutateAsync(tags)
      toast.success(`Unpinned ${groupName}.`)
      onOpenChange(false)
    } catch (e) {
      setError(`The pin was not removed. ${describeError(e)}`)
    }
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setError(null)
        onOpenChange(next)
      }}
      title={`Unpin ${groupName}?`}
      footer={
        <>
          <Button onClick={() => onOpenChange(false)}>Cancel</Button>
          <Button variant="primary" disabled={unpin.isPending} onClick={() => void submit()}>
            {unpin.isPending ? 'Unpinning…' : 'Unpin'}
          </Button>
        </>
      }
    >
      <p>
        The upgrader goes back to the version Harness publishes
        {latest ? (
          <>
            {' '}
            (<span className={styles.mono}>{latest}</span>)
          </>
        ) : null}{' '}
        at its next check.
        {tags.length
          ? ` The pin covers delegates with ${tags.length === 1 ? 'the selector' : 'all the selectors'} ${tags.join(', ')}.`
          : ' This pin covers every delegate at this scope, not only this group: unpinning ends it for all of them.'}
        {override.validUntil
          ? ` It would have ended on ${formatDate(Date.parse(override.validUntil))}.`
          : ''}
      </p>
      {error ? <Notice tone="danger">{error}</Notice> : null}
    </Dialog>
  )
}
