import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { useEffect, useId, useRef, useState } from 'react'

import { isApiError } from '@/api/errors'
import { connectorQueries, type ConnectorListParams } from '@/api/queries/connectors'
import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import form from '@/components/ui/form.module.css'
import { Notice } from '@/components/ui/page'
import { ErrorState } from '@/components/ui/states'
import { downloadText } from '@/lib/download'
import { formatCount, pluralize } from '@/lib/format'

import { connectorPages } from '../api/list-pages'
import type { TestAllItem } from '../health/use-test-all'
import { bundleYaml } from '../code/yaml'
import styles from './list.module.css'

export type ExportFormat = 'yaml' | 'terraform'
type Which = 'selected' | 'shown'

export const YAML_BUNDLE_FILE = 'connectors.yaml'

/** Selected connectors are read again (the list may be minutes old), a few at a time. */
const READ_AT_ONCE = 4

type Progress =
  | { step: 'choose' }
  | { step: 'reading'; read: number; of: number | null }
  | { step: 'error'; error: unknown }
  | {
      step: 'done'
      filename: string
      count: number
      gone: number
      skipped: { name: string; identifier: string; reason: string }[]
    }

/** Every connector the list shows with its filters (see connectorPages). */
async function readShown(
  queryClient: QueryClient,
  scope: Scope,
  params: ConnectorListParams,
  onProgress: (read: number, of: number) => void,
) {
  const out: ConnectorInfo[] = []
  for await (const { rows, total } of connectorPages(queryClient, scope, params)) {
    out.push(...rows.map((row) => row.connector))
    onProgress(out.length, total)
  }
  return out
}

/** The selected connectors as Harness has them now; one deleted meanwhile is counted as gone. */
async function readSelected(
  queryClient: QueryClient,
  items: readonly TestAllItem[],
  onProgress: (read: number) => void,
) {
  const out: (ConnectorInfo | null)[] = new Array<ConnectorInfo | null>(items.length).fill(null)
  let next = 0
  let read = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      const item = items[i]
      try {
        const response = await queryClient.fetchQuery({
          ...connectorQueries.detail(item.scope, item.identifier),
          staleTime: 0,
        })
        out[i] = response.connector
      } catch (error) {
        if (!(isApiError(error) && error.isNotFound)) throw error
      }
      onProgress(++read)
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_AT_ONCE, items.length) }, worker))
  return out.filter((c): c is ConnectorInfo => c !== null)
}

/**
 * Export the list as code: the selected connectors or every one the filters show, as one YAML
 * bundle (what Apply a YAML bundle reads) or one Terraform file with a resource and an import
 * block per connector. Connectors are read fresh from the Manager, not taken from the list's cache.
 */
export function ExportDialog({
  open,
  onOpenChange,
  scope,
  params,
  filtered,
  shown,
  selected,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  scope: Scope
  params: ConnectorListParams
  /** The list has filters (search, status, type…). */
  filtered: boolean
  /** How many connectors the list shows with its filters. */
  shown: number
  selected: readonly TestAllItem[]
}) {
  const queryClient = useQueryClient()
  const id = useId()
  const [which, setWhich] = useState<Which>(selected.length ? 'selected' : 'shown')
  const [format, setFormat] = useState<ExportFormat>('yaml')
  const [progress, setProgress] = useState<Progress>({ step: 'choose' })
  const busy = progress.step === 'reading'
  const resultRef = useRef<HTMLDivElement>(null)
  // The Download button is gone once done: focus goes to what was written, not to the page.
  useEffect(() => {
    if (progress.step === 'done') resultRef.current?.focus()
  }, [progress.step])
  const count = which === 'selected' ? selected.length : shown

  const run = async () => {
    setProgress({ step: 'reading', read: 0, of: which === 'selected' ? selected.length : null })
    try {
      const infos =
        which === 'selected'
          ? await readSelected(queryClient, selected, (read) =>
              setProgress({ step: 'reading', read, of: selected.length }),
            )
          : await readShown(queryClient, scope, params, (read, of) =>
              setProgress({ step: 'reading', read, of }),
            )
      const gone = which === 'selected' ? selected.length - infos.length : 0
      if (format === 'yaml') {
        downloadText(YAML_BUNDLE_FILE, bundleYaml(infos), 'application/yaml')
        setProgress({
          step: 'done',
          filename: YAML_BUNDLE_FILE,
          count: infos.length,
          gone,
          skipped: [],
        })
      } else {
        const terraform = await import('../code/terraform/terraform')
        const { text, skipped } = terraform.bundleTerraform(infos)
        downloadText(terraform.TERRAFORM_FILE, text, 'text/plain')
        setProgress({
          step: 'done',
          filename: terraform.TERRAFORM_FILE,
          count: infos.length - skipped.length,
          gone,
          skipped,
        })
      }
    } catch (error) {
      setProgress({ step: 'error', error })
    }
  }

  const close = () => {
    onOpenChange(false)
    setProgress({ step: 'choose' })
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => (next ? onOpenChange(true) : close())}
      title="Export connectors as code"
      description="Keep connectors in Git: a YAML bundle to apply again here, or Terraform for the Harness provider."
      footer={
        progress.step === 'done' ? (
          <Button variant="primary" onClick={close}>
            Done
          </Button>
        ) : (
          <>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
            <Button variant="primary" disabled={busy || count === 0} onClick={() => void run()}>
              <Download size={14} aria-hidden />
              {busy
                ? progress.of
                  ? `Reading ${formatCount(progress.read)} of ${formatCount(progress.of)}…`
                  : 'Reading…'
                : `Download ${pluralize(count, 'connector')}`}
            </Button>
          </>
        )
      }
    >
      {progress.step === 'done' ? (
        <div className={styles.exportResult} role="status" tabIndex={-1} ref={resultRef}>
          <Notice tone="success">
            Downloaded <code>{progress.filename}</code>: {pluralize(progress.count, 'connector')}
            {progress.filename === YAML_BUNDLE_FILE
              ? '. Apply it with Apply a YAML bundle on New connector.'
              : progress.count === 1
                ? ' with an import block, so terraform plan adopts it instead of creating another.'
                : ', each with an import block, so terraform plan adopts them instead of creating new ones.'}
          </Notice>
          {progress.gone ? (
            <Notice tone="warning">
              {pluralize(progress.gone, 'selected connector')} no longer{' '}
              {progress.gone === 1 ? 'exists' : 'exist'} in Harness and{' '}
              {progress.gone === 1 ? 'is' : 'are'} not in the file.
            </Notice>
          ) : null}
          {progress.skipped.length ? (
            <Notice tone="warning">
              <strong>
                {pluralize(progress.skipped.length, 'connector')} with no Terraform resource{' '}
                {progress.skipped.length === 1 ? 'is' : 'are'} listed at the top of the file
                instead:
              </strong>
              <ul className={styles.exportSkipped}>
                {progress.skipped.map((s) => (
                  <li key={`${s.identifier}-${s.reason}`}>
                    {s.name} (<code>{s.identifier}</code>): {s.reason}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
        </div>
      ) : (
        <div className={form.grid}>
          <fieldset className={styles.exportChoice} disabled={busy}>
            <legend className={form.label}>Connectors</legend>
            {selected.length ? (
              <label className={form.checkbox}>
                <input
                  type="radio"
                  name={`${id}-which`}
                  checked={which === 'selected'}
                  onChange={() => setWhich('selected')}
                />
                The {pluralize(selected.length, 'selected connector')}
              </label>
            ) : null}
            <label className={form.checkbox}>
              <input
                type="radio"
                name={`${id}-which`}
                checked={which === 'shown'}
                onChange={() => setWhich('shown')}
              />
              {filtered
                ? `All ${pluralize(shown, 'connector')} the filters show`
                : `All ${pluralize(shown, 'connector')} at this scope`}
            </label>
          </fieldset>
          <fieldset className={styles.exportChoice} disabled={busy}>
            <legend className={form.label}>Format</legend>
            <label className={form.checkbox}>
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === 'yaml'}
                onChange={() => setFormat('yaml')}
              />
              <span>
                YAML bundle, <code>{YAML_BUNDLE_FILE}</code>: one <code>connector:</code> document
                each
              </span>
            </label>
            <label className={form.checkbox}>
              <input
                type="radio"
                name={`${id}-format`}
                checked={format === 'terraform'}
                onChange={() => setFormat('terraform')}
              />
              <span>
                Terraform, <code>connectors.tf</code>: a <code>harness_platform_connector_*</code>{' '}
                resource and an import block each
              </span>
            </label>
          </fieldset>
          {progress.step === 'error' ? (
            <ErrorState
              error={progress.error}
              title="Could not read the connectors to export"
              onRetry={() => void run()}
            />
          ) : null}
        </div>
      )}
    </Dialog>
  )
}
