import { Download, KeyRound, Server } from 'lucide-react'

import { describeError } from '@/api/errors'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/page'

import type { FileKind } from '../api/files'
import type { InstallerFile } from '../lib/types'
import { TOKEN_PLACEHOLDER } from '../lib/types'
import styles from '../installers.module.css'

import { FilePreview } from './file-preview'

interface PreviewPanelProps {
  files: { kind: FileKind; filename: string }[]
  selected: FileKind
  onSelect: (kind: FileKind) => void
  file: InstallerFile
  /** The form has errors: the preview shows the last valid values. */
  stale: boolean
  fromManager: boolean
  /** Options the admin chose that the Manager decides itself in its file. */
  ignored: string[]
  onDownload: (source?: 'browser') => void
  pending: boolean
  error: unknown
}

export function PreviewPanel(props: PreviewPanelProps) {
  const {
    files,
    selected,
    onSelect,
    file,
    stale,
    fromManager,
    ignored,
    onDownload,
    pending,
    error,
  } = props
  return (
    <div className={styles.panel}>
      {files.length > 1 ? (
        <div className={styles.fileSwitch} role="group" aria-label="File">
          {files.map(({ kind, filename }) => (
            <Button
              key={kind}
              size="small"
              variant={kind === selected ? 'primary' : 'default'}
              aria-pressed={kind === selected}
              onClick={() => onSelect(kind)}
            >
              {filename}
            </Button>
          ))}
        </div>
      ) : null}
      {stale ? (
        <Notice tone="warning">
          Fix the highlighted fields; the preview shows the last valid settings.
        </Notice>
      ) : null}
      <FilePreview filename={file.filename} content={file.content} />
      <p className={styles.note}>
        The preview shows <code>{TOKEN_PLACEHOLDER}</code> where the token goes.{' '}
        {fromManager
          ? 'On download the Harness Manager generates this file, with the token, its own endpoint and the image filled in.'
          : 'On download the token value is read from the Manager just for the file.'}
      </p>
      <Notice tone="warning" icon={<KeyRound size={16} aria-hidden />}>
        <strong>The downloaded file holds a secret.</strong> Anyone with the delegate token can
        register delegates in your account: keep the file out of Git, chat and tickets, and delete
        it once the delegate runs.
      </Notice>
      {fromManager && ignored.length ? (
        <Notice tone="info" icon={<Server size={16} aria-hidden />}>
          The Manager&apos;s file sets these itself and ignores what you chose:{' '}
          {`${ignored.join('; ')}.`} To keep your choices, download the file built in your browser.
          <div className={styles.inlineActions}>
            <Button size="small" onClick={() => onDownload('browser')} disabled={pending}>
              Download the file built in your browser
            </Button>
          </div>
        </Notice>
      ) : null}
      {error && !pending ? (
        <Notice tone="danger">Download failed: {describeError(error)}</Notice>
      ) : null}
      <div className={styles.downloadRow}>
        <Button variant="primary" onClick={() => onDownload()} disabled={pending}>
          <Download size={16} aria-hidden /> {pending ? 'Preparing…' : `Download ${file.filename}`}
        </Button>
      </div>
    </div>
  )
}
