import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useRef, useState } from 'react'
import { useForm, useWatch } from 'react-hook-form'

import type { DelegateTokenRow } from '@/api/queries/delegates'
import type { Scope } from '@/api/scope'
import { Card, CardBody } from '@/components/ui/page'
import { useUrlParams } from '@/hooks/use-url-params'
import { clusterInUse } from '@/lib/harness-clusters'

import { buildFile, filesFor, MANAGER_FILES, type FileKind } from './api/files'
import { optionsManagerIgnores } from './api/manager-requests'
import { useDownloadInstaller, type DownloadResult } from './api/use-download-installer'
import { InstallerForm } from './components/installer-form'
import { NextSteps } from './components/next-steps'
import { PreviewPanel } from './components/preview-panel'
import { fieldErrorsFrom } from './form/manager-errors'
import { installerFormSchema, toInstallerConfig, type InstallerFormValues } from './form/schema'
import { initialValues, writeUrlOptions } from './form/url-state'
import { managerEndpoint } from './lib/managers'
import styles from './installers.module.css'

interface WorkspaceProps {
  scope: Scope
  owner: string | undefined
  tokens: DelegateTokenRow[]
  latestVersion: string
  heartbeatTimeoutMs: number
}

/** The form, the live preview of the file, the download and what follows it. */
export function InstallerWorkspace({
  scope,
  owner,
  tokens,
  latestVersion,
  heartbeatTimeoutMs,
}: WorkspaceProps) {
  const [searchParams, updateSearchParams] = useUrlParams()
  // Server data seeds the form once (STYLE.md principle 3); the page remounts this on a scope change.
  const [defaults] = useState(() => initialValues(searchParams, tokens, owner, latestVersion))
  const form = useForm<InstallerFormValues>({
    resolver: zodResolver(installerFormSchema),
    defaultValues: defaults,
    mode: 'onChange',
  })
  const [lastValid, setLastValid] = useState(defaults)
  const [selected, setSelected] = useState<FileKind>(defaults.type)
  const [lastDownload, setLastDownload] = useState<DownloadResult>()
  const pasted = useRef('')
  const download = useDownloadInstaller(scope, () => pasted.current)

  // Type and main options go to the URL (replace, so typing does not flood the history).
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => {
          const parsed = installerFormSchema.safeParse(values)
          if (!parsed.success) return
          setLastValid(parsed.data)
          updateSearchParams((params) => writeUrlOptions(params, parsed.data), {
            replace: true,
          })
        },
      }),
    [form, updateSearchParams],
  )

  const values = useWatch({ control: form.control }) as InstallerFormValues
  const parsed = installerFormSchema.safeParse(values)
  const current = parsed.success ? parsed.data : lastValid
  const files = filesFor(current.type)
  const kind = files.includes(selected) ? selected : files[0]
  // Generating a file takes well under a millisecond; recomputing per render keeps it simple.
  const config = toInstallerConfig(current, scope.accountId, null)
  const file = buildFile(kind, config)
  const fileChoices = files.map((k) => ({ kind: k, filename: buildFile(k, config).filename }))

  const start = (source?: 'browser') =>
    form.handleSubmit(
      (valid) => {
        const request = { kind, config: toInstallerConfig(valid, scope.accountId, null), source }
        download.mutate(request, {
          onSuccess: setLastDownload,
          onError: (error) => {
            for (const { field, message } of fieldErrorsFrom(error))
              form.setError(field, { message }, { shouldFocus: true })
          },
          onSettled: () => {
            pasted.current = ''
          },
        })
      },
      () => {
        pasted.current = ''
      },
    )()

  const pageError =
    download.error && fieldErrorsFrom(download.error).length === 0 ? download.error : null
  return (
    <div className={styles.layout}>
      <Card>
        <CardBody>
          <form noValidate aria-label="Installer options" onSubmit={(e) => e.preventDefault()}>
            <InstallerForm form={form} tokens={tokens} latestVersion={latestVersion} />
          </form>
        </CardBody>
      </Card>
      <div className={styles.side}>
        <Card>
          <CardBody>
            <PreviewPanel
              files={fileChoices}
              selected={kind}
              onSelect={setSelected}
              file={file}
              stale={!parsed.success}
              fromManager={MANAGER_FILES.includes(kind)}
              ignored={optionsManagerIgnores(kind, config, latestVersion, clusterInUse())}
              onDownload={(source) => void start(source)}
              pending={download.isPending}
              error={pageError}
            />
          </CardBody>
        </Card>
        {lastDownload ? (
          <NextSteps
            download={lastDownload}
            scope={scope}
            managerHost={new URL(managerEndpoint(lastDownload.cluster)).host}
            heartbeatTimeoutMs={heartbeatTimeoutMs}
            pending={download.isPending}
            onDownloadWithToken={(value) => {
              pasted.current = value
              void start('browser')
            }}
          />
        ) : null}
      </div>
    </div>
  )
}
