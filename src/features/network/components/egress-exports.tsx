import { Copy, Download } from 'lucide-react'
import { useId, useMemo, useState } from 'react'

import { Button } from '@/components/ui/button'
import form from '@/components/ui/form.module.css'
import { copyText } from '@/lib/clipboard'
import { downloadText } from '@/lib/download'
import type { HarnessClusterId } from '@/lib/harness-clusters'
import { toast } from '@/lib/toast'

import type { EgressPlan } from '../lib/egress-plan'
import {
  EXPORT_FORMATS,
  exportFormat,
  validateK8sName,
  type ExportFormatId,
} from '../lib/export-formats'
import styles from './network.module.css'

function NameField({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string
  value: string
  onChange: (v: string) => void
  error?: string
  hint: string
}) {
  const id = useId()
  return (
    <div className={form.field}>
      <label className={form.label} htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className={`${form.input} ${form.mono}`}
        value={value}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => onChange(e.target.value)}
      />
      <span id={`${id}-msg`} className={error ? form.error : form.hint}>
        {error ?? hint}
      </span>
    </div>
  )
}

/**
 * Pick a format, see it, download or copy it. The NetworkPolicy asks where the delegate runs. The
 * format select is uncontrolled for the same reason as the cluster select (see OutboundCard).
 */
export function EgressExports({
  plan,
  cluster,
  format,
  onFormat,
}: {
  plan: EgressPlan
  cluster: HarnessClusterId
  format: ExportFormatId
  onFormat: (id: ExportFormatId) => void
}) {
  const selectId = useId()
  const [namespace, setNamespace] = useState('harness-delegate-ng')
  const [delegateName, setDelegateName] = useState('harness-delegate')
  const current = exportFormat(format)
  const errors = current.usesDelegate
    ? {
        namespace: validateK8sName(namespace, 'namespace'),
        delegateName: validateK8sName(delegateName, 'delegate name'),
      }
    : {}
  const invalid = Boolean(errors.namespace || errors.delegateName)
  const content = useMemo(
    () => (invalid ? '' : current.build({ plan, cluster, namespace, delegateName })),
    [invalid, current, plan, cluster, namespace, delegateName],
  )
  const copy = async () => {
    if (await copyText(content)) toast.success(`Copied the ${current.label}`)
    else toast.error('The browser blocked the clipboard. Download the file instead.')
  }
  return (
    <div className={styles.stack}>
      <div className={styles.controls}>
        <div className={form.field}>
          <label className={form.label} htmlFor={selectId}>
            Export format
          </label>
          <select
            id={selectId}
            className={`${form.input} ${styles.select}`}
            defaultValue={format}
            onChange={(e) => onFormat(e.target.value as ExportFormatId)}
          >
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </div>
        {current.usesDelegate ? (
          <>
            <NameField
              label="Namespace"
              value={namespace}
              onChange={setNamespace}
              error={errors.namespace}
              hint="Where the delegate runs."
            />
            <NameField
              label="Delegate name"
              value={delegateName}
              onChange={setDelegateName}
              error={errors.delegateName}
              hint="Selects pods labelled harness.io/name."
            />
          </>
        ) : null}
      </div>
      <div className={styles.actions}>
        <Button
          variant="primary"
          className={styles.wrapButton}
          disabled={invalid}
          onClick={() => downloadText(current.filename, content, current.mimeType)}
        >
          <Download size={16} aria-hidden /> Download {current.filename}
        </Button>
        <Button disabled={invalid} onClick={() => void copy()}>
          <Copy size={16} aria-hidden /> Copy
        </Button>
      </div>
      {current.runCommand ? (
        <p className={styles.small}>
          Run it on the delegate host before installing:{' '}
          <code className={styles.code}>{current.runCommand}</code>. It prints PASS or FAIL for the
          DNS, TCP and TLS check of every destination and exits non-zero on any failure.
        </p>
      ) : null}
      {invalid ? null : (
        <pre className={styles.preview} tabIndex={0} aria-label={`${current.label} preview`}>
          {content}
        </pre>
      )}
    </div>
  )
}
