import { Link2, Trash2 } from 'lucide-react'
import { useId, useState, type FormEvent } from 'react'

import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import form from '@/components/ui/form.module.css'
import { copyText } from '@/lib/clipboard'
import { toast } from '@/lib/toast'

import { BUILT_IN_VIEWS } from './built-in-views'
import styles from './saved-views.module.css'
import {
  deleteView,
  nameProblem,
  renameView,
  saveView,
  VIEW_NAME_MAX,
  type ListName,
  type SavedView,
} from './views-store'

/** The built-in views' names, which a saved view may not take. */
const builtInNames = (list: ListName) =>
  BUILT_IN_VIEWS[list].map((v) => ({ id: `built-in-${v.name}`, name: v.name }))

export function SaveViewDialog({
  open,
  onOpenChange,
  accountId,
  list,
  query,
  views,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  accountId: string
  list: ListName
  query: string
  views: SavedView[]
}) {
  const id = useId()
  const [name, setName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const close = () => {
    setName('')
    setError(null)
    onOpenChange(false)
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const problem = nameProblem(name, [...builtInNames(list), ...views])
    setError(problem)
    if (problem) return
    if (!saveView(accountId, list, name, query)) {
      setError('This browser refused to store the view (its storage is full or blocked).')
      return
    }
    toast.success(`Saved the view ${name.trim()}.`)
    close()
  }
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title="Save this view"
      description="The filters, search and sort you see now, under a name, in this browser for this account. Its link opens the same view for anyone with access."
    >
      <form className={form.grid} onSubmit={submit} noValidate>
        <div className={form.field}>
          <label className={form.label} htmlFor={`${id}-name`}>
            Name
          </label>
          <input
            id={`${id}-name`}
            className={form.input}
            value={name}
            maxLength={VIEW_NAME_MAX + 1}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value)
              setError(null)
            }}
          />
          {error ? (
            <span id={`${id}-error`} className={form.error}>
              {error}
            </span>
          ) : null}
          <code className={styles.query}>{query}</code>
        </div>
        <div className={styles.footer}>
          <Button type="button" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary">
            Save view
          </Button>
        </div>
      </form>
    </Dialog>
  )
}

export function ManageViewsDialog({
  open,
  onOpenChange,
  accountId,
  list,
  views,
  href,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  accountId: string
  list: ListName
  views: SavedView[]
  href: (query: string) => string
}) {
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Saved views"
      description="Rename a view, copy its link, or delete it. Built-in views stay."
      footer={<Button onClick={() => onOpenChange(false)}>Done</Button>}
    >
      {views.length ? (
        <ul className={styles.manage}>
          {views.map((v) => (
            <ViewRow
              key={v.id}
              accountId={accountId}
              list={list}
              view={v}
              views={views}
              href={href}
            />
          ))}
        </ul>
      ) : (
        <p>No saved views left.</p>
      )}
    </Dialog>
  )
}

function ViewRow({
  accountId,
  list,
  view,
  views,
  href,
}: {
  accountId: string
  list: ListName
  view: SavedView
  views: SavedView[]
  href: (query: string) => string
}) {
  const id = useId()
  const [name, setName] = useState(view.name)
  const [error, setError] = useState<string | null>(null)
  const rename = (event: FormEvent) => {
    event.preventDefault()
    const problem = nameProblem(name, [...builtInNames(list), ...views], view.id)
    setError(problem)
    if (problem || name.trim() === view.name) return
    if (renameView(accountId, list, view.id, name)) toast.success(`Renamed to ${name.trim()}.`)
    else setError('This browser refused to store the change.')
  }
  const copy = async () => {
    const url = new URL(href(view.query), window.location.origin).href
    if (await copyText(url)) toast.success(`Copied the link to ${view.name}.`)
    else
      toast.error('Your browser did not let the console copy. Open the view and copy its address.')
  }
  return (
    <li className={styles.manageRow}>
      <form className={styles.renameForm} onSubmit={rename} noValidate>
        <label className="visually-hidden" htmlFor={`${id}-name`}>
          Name of {view.name}
        </label>
        <input
          id={`${id}-name`}
          className={form.input}
          value={name}
          maxLength={VIEW_NAME_MAX + 1}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setName(e.target.value)
            setError(null)
          }}
        />
        <Button type="submit" size="small" disabled={name.trim() === view.name}>
          Rename
        </Button>
        <Button
          type="button"
          size="small"
          variant="ghost"
          aria-label={`Copy link to ${view.name}`}
          onClick={() => void copy()}
        >
          <Link2 size={14} aria-hidden />
        </Button>
        <Button
          type="button"
          size="small"
          variant="ghost"
          aria-label={`Delete ${view.name}`}
          onClick={() => {
            if (deleteView(accountId, list, view.id))
              toast.success(`Deleted the view ${view.name}.`)
          }}
        >
          <Trash2 size={14} aria-hidden />
        </Button>
      </form>
      {error ? (
        <span id={`${id}-error`} className={form.error}>
          {error}
        </span>
      ) : null}
      <code className={styles.query}>{view.query}</code>
    </li>
  )
}
