import { useEffect, useRef, useState, type FormEvent } from 'react'

import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import form from '@/components/ui/form.module.css'

import type { DownloadResult } from '../api/use-download-installer'
import { TOKEN_PLACEHOLDER } from '../lib/types'
import styles from '../installers.module.css'

import { CommandList } from './command-list'
import { HeartbeatCheck } from './heartbeat-check'

interface NextStepsProps {
  download: DownloadResult
  scope: Scope
  managerHost: string
  heartbeatTimeoutMs: number
  /** Builds the file again in the browser with a value the admin pasted. */
  onDownloadWithToken: (value: string) => void
  pending: boolean
}

/** After a download: what to run, and a live check for the delegate's first heartbeat. */
export function NextSteps({
  download,
  scope,
  managerHost,
  heartbeatTimeoutMs,
  onDownloadWithToken,
  pending,
}: NextStepsProps) {
  const heading = useRef<HTMLHeadingElement>(null)
  // Each download moves focus here, so keyboard and screen-reader users land on what to do next.
  useEffect(() => heading.current?.focus(), [download.startedAt])
  return (
    <Card>
      <CardBody>
        <div className={styles.nextSteps}>
          <h2 ref={heading} tabIndex={-1} className={styles.sectionTitle}>
            Next steps
          </h2>
          <p>
            Saved <code>{download.filename}</code>. In the folder where it was saved, run:
          </p>
          <CommandList commands={download.nextCommands} />
          {download.tokenState === 'placeholder' ? (
            <TokenPaste
              tokenName={download.tokenName}
              onSubmit={onDownloadWithToken}
              pending={pending}
            />
          ) : null}
          {download.tokenState === 'missing' ? (
            <Notice tone="warning">
              The console found no token field in the Manager&apos;s file. Before you apply it,
              check that it holds the value of <code>{download.tokenName}</code>.
            </Notice>
          ) : null}
          <h3 className={styles.subTitle}>Delegate heartbeat</h3>
          <HeartbeatCheck
            key={download.startedAt}
            scope={scope}
            download={download}
            managerHost={managerHost}
            timeoutMs={heartbeatTimeoutMs}
          />
        </div>
      </CardBody>
    </Card>
  )
}

/**
 * Where the Manager withholds the token value (no delegate edit permission, REFERENCE.md §3), the
 * admin may paste it. The value stays in this component's memory: no storage, URL or query cache.
 */
function TokenPaste({
  tokenName,
  onSubmit,
  pending,
}: {
  tokenName: string
  onSubmit: (value: string) => void
  pending: boolean
}) {
  const [value, setValue] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!value.trim()) return
    onSubmit(value.trim())
    setValue('')
  }
  return (
    <Notice tone="warning">
      <p>
        The Manager did not give the value of <code>{tokenName}</code>, so the file has{' '}
        <code>{TOKEN_PLACEHOLDER}</code> where the token goes. Replace it by hand, or paste the
        value here to get the file again with it filled in.
      </p>
      <form className={styles.pasteForm} onSubmit={submit}>
        <label className={form.field}>
          <span className={form.label}>Token value</span>
          <input
            type="password"
            className={`${form.input} ${form.mono}`}
            autoComplete="off"
            spellCheck={false}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
        </label>
        <Button type="submit" disabled={pending || !value.trim()}>
          Download again with this value
        </Button>
      </form>
    </Notice>
  )
}
