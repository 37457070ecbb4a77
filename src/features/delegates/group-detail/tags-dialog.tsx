import { useQuery } from '@tanstack/react-query'
import { X } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'

import { describeError, isApiError } from '@/api/errors'
import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import form from '@/components/ui/form.module.css'
import { Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import { pluralize } from '@/lib/format'
import { toast } from '@/lib/toast'

import { groupDependentsQuery } from '../api/group-dependents'
import { useUpdateGroupTags } from '../api/group-mutations'
import { groupKey, tagEditPreview, type Dependent } from '../lib/dependents'
import { implicitSelectors } from '../lib/impact'
import styles from './group-detail.module.css'

const TAG_MAX = 128

/**
 * Why a tag is refused, or null. [INF] The installers pass tags as DELEGATE_TAGS, a comma-separated
 * list, and a connector names selectors one by one: a comma or a space would make two.
 */
export function tagProblem(tag: string, existing: string[]) {
  if (!tag) return 'Type a tag first.'
  if (/[\s,]/.test(tag)) return 'A tag cannot contain spaces or commas: add each tag on its own.'
  if (tag.length > TAG_MAX) return `A tag has at most ${TAG_MAX} characters.`
  if (existing.includes(tag)) return `${tag} is already a tag of this group.`
  return null
}

/**
 * Edit a group's custom tags (its selectors besides its name), with a preview of which connectors
 * the new set would gain or drop, and those left with no delegate at all.
 */
export function TagsDialog({
  open,
  onOpenChange,
  scope,
  group,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  scope: Scope
  group: DelegateGroup
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Tags of ${group.groupName ?? group.delegateGroupIdentifier}`}
      description="Connectors pick delegates by selector: a delegate must carry every selector a connector names. The group's name is always one of them."
      wide
    >
      {open ? <TagsForm scope={scope} group={group} onDone={() => onOpenChange(false)} /> : null}
    </Dialog>
  )
}

function TagsForm({
  scope,
  group,
  onDone,
}: {
  scope: Scope
  group: DelegateGroup
  onDone: () => void
}) {
  const id = useId()
  const identifier = group.delegateGroupIdentifier ?? ''
  const [tags, setTags] = useState<string[]>(group.groupCustomSelectors ?? [])
  const [draft, setDraft] = useState('')
  const [fieldError, setFieldError] = useState<string | null>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const save = useUpdateGroupTags(scope, identifier)
  const dependents = useQuery(groupDependentsQuery(scope))
  const implicit = implicitSelectors(group)

  const add = () => {
    const tag = draft.trim()
    const problem = tagProblem(tag, [...tags, ...implicit])
    setFieldError(problem)
    if (problem) return false
    setTags([...tags, tag])
    setDraft('')
    return true
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    // A tag still in the box is meant to be saved with the rest.
    let next = tags
    if (draft.trim()) {
      const tag = draft.trim()
      const problem = tagProblem(tag, [...tags, ...implicit])
      if (problem) return setFieldError(problem)
      next = [...tags, tag]
      setTags(next)
      setDraft('')
    }
    setFormError(null)
    try {
      await save.mutateAsync(next)
      toast.success(`Saved the tags of ${group.groupName ?? identifier}.`)
      onDone()
    } catch (error) {
      const field = isApiError(error) ? error.fieldErrors.find((f) => f.fieldId === 'tags') : null
      if (field) setFieldError(`The Manager refused a tag: ${field.error}.`)
      else setFormError(`The tags were not saved. ${describeError(error)}`)
    }
  }

  const preview = dependents.data
    ? tagEditPreview(groupKey(scope, identifier), dependents.data, [...implicit, ...tags])
    : null
  const changed =
    tags.length !== (group.groupCustomSelectors ?? []).length ||
    tags.some((t, i) => t !== group.groupCustomSelectors?.[i])

  return (
    <form className={form.grid} onSubmit={(e) => void submit(e)} noValidate>
      <div className={form.field}>
        <span className={form.label} id={`${id}-current`}>
          Selectors
        </span>
        <ul className={styles.chips} aria-labelledby={`${id}-current`}>
          {implicit.map((s) => (
            <li key={`implicit-${s}`} className={`${styles.chip} ${styles.chipImplicit}`}>
              {s}{' '}
              <span className="visually-hidden">(the group&apos;s name, always a selector)</span>
            </li>
          ))}
          {tags.map((t) => (
            <li key={t} className={styles.chip}>
              {t}
              <button
                type="button"
                aria-label={`Remove tag ${t}`}
                onClick={() => setTags(tags.filter((x) => x !== t))}
              >
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
        <span className={form.hint}>
          The dashed one is the group&apos;s name: every group answers to its name.
        </span>
      </div>
      <div className={form.field}>
        <label className={form.label} htmlFor={`${id}-tag`}>
          Add a tag
        </label>
        <div className={styles.inputRow}>
          <input
            id={`${id}-tag`}
            className={`${form.input} ${form.mono}`}
            value={draft}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={fieldError ? `${id}-help ${id}-error` : `${id}-help`}
            onChange={(e) => {
              setDraft(e.target.value)
              setFieldError(null)
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault()
                add()
              }
            }}
          />
          <Button type="button" onClick={add}>
            Add
          </Button>
        </div>
        <span id={`${id}-help`} className={form.hint}>
          Press Enter to add it. Connectors whose selectors this group then carries can send their
          tasks here.
        </span>
        {fieldError ? (
          <span id={`${id}-error`} className={form.error}>
            {fieldError}
          </span>
        ) : null}
      </div>

      <section aria-labelledby={`${id}-preview`} aria-live="polite">
        <h3 id={`${id}-preview`} className={styles.subTitle}>
          What these tags change
        </h3>
        {dependents.isPending ? (
          <SkeletonRows rows={2} label="Reading which connectors match" />
        ) : dependents.isError ? (
          <p className={styles.muted}>
            Could not read the connectors to preview the change ({describeError(dependents.error)}).
            You can still save.
          </p>
        ) : preview && changed ? (
          <TagPreview preview={preview} />
        ) : (
          <p className={styles.muted}>
            {preview
              ? `${pluralize(preview.after.only.length + preview.after.fallback.length, 'connector')} can send tasks to this group now. Add or remove a tag to see what changes.`
              : null}
          </p>
        )}
      </section>

      {formError ? <Notice tone="danger">{formError}</Notice> : null}
      <div className={styles.actionsRow} style={{ justifyContent: 'flex-end' }}>
        <Button type="button" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={save.isPending || !changed}>
          {save.isPending ? 'Saving…' : 'Save tags'}
        </Button>
      </div>
    </form>
  )
}

function TagPreview({ preview }: { preview: ReturnType<typeof tagEditPreview> }) {
  const name = (d: Dependent) => (d.where ? `${d.name} (${d.where})` : d.name)
  const total = preview.after.only.length + preview.after.fallback.length
  return (
    <div className={form.grid}>
      <p className={styles.muted} style={{ margin: 0 }}>
        With these tags, {pluralize(total, 'connector')} can send tasks to this group
        {preview.gained.length ? `; ${preview.gained.length} more than now` : ''}
        {preview.lost.length ? `; ${preview.lost.length} no longer` : ''}.
      </p>
      {preview.gained.length ? (
        <p style={{ margin: 0 }}>
          <strong>Now matches:</strong> {preview.gained.map(name).join(', ')}
        </p>
      ) : null}
      {preview.lost.length ? (
        <p style={{ margin: 0 }}>
          <strong>No longer matches:</strong> {preview.lost.map(name).join(', ')}
        </p>
      ) : null}
      {preview.stranded.length ? (
        <Notice tone="warning">
          {pluralize(preview.stranded.length, 'connector')} would have no delegate at all:{' '}
          {preview.stranded.map(name).join(', ')}.{' '}
          {preview.stranded.length === 1
            ? 'Its tests and tasks would wait for a delegate with its selectors.'
            : 'Their tests and tasks would wait for a delegate with their selectors.'}
        </Notice>
      ) : null}
    </div>
  )
}
