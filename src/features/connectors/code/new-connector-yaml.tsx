import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useState,
} from 'react'
import { useForm } from 'react-hook-form'
import { useNavigate } from 'react-router'

import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import fieldStyles from '@/components/ui/form.module.css'
import { Card, Notice, Page } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import { catalog, getProvider, providerForType } from '@/catalog'
import { sampleValues } from '@/catalog/samples'
import { toConnectorInfo } from '@/catalog/to-api'
import type { Provider, ProviderValues } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'
import { pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

import { LeaveGuard } from '../form/leave-guard'
import { useSaveConnector } from '../form/use-save-connector'
import { ReviewDialog } from '../review/review-dialog'
import styles from './code.module.css'
import { validateConnectorYaml } from './validate-yaml'
import { connectorYaml } from './yaml'

const YamlEditor = lazy(() =>
  import('./yaml-editor/yaml-editor').then((m) => ({ default: m.YamlEditor })),
)

/** Every catalog provider the API has a type for: each can start the text. */
const templates = catalog.filter((p) => p.type)

/** A provider's sample connector at this scope, with a name and identifier to replace. */
function template(provider: Provider, scope: Scope): string {
  const values = sampleValues(provider)
  const id = `my_${provider.id.replace(/-/g, '_')}`
  const named = {
    ...values,
    name: `My ${provider.label}`,
    identifier: id,
    description: '',
    tags: [],
  }
  const { tags: _none, ...info } = toConnectorInfo(provider, named, scope)
  return connectorYaml(info)
}

/**
 * Connectors > New > Start from YAML: a connector of any catalog type typed as a `connector:`
 * document, checked as it is typed. Once valid, its type picks the provider, and Save goes through
 * the wizard's save path: the same review, create call and error handling.
 */
export function NewConnectorYaml() {
  const scope = useScope()
  const navigate = useNavigate()
  const [start, setStart] = useState(() => getProvider('github'))
  const [initial, setInitial] = useState(() => template(start, scope))
  const [text, setText] = useState(initial)
  const [created, setCreated] = useState<ConnectorInfo | null>(null)
  const checked = useDeferredValue(text)
  const ctx = useMemo(() => ({ scope }), [scope])
  const validate = useCallback((t: string) => validateConnectorYaml(t, ctx).diagnostics, [ctx])
  const result = useMemo(() => validateConnectorYaml(checked, ctx), [checked, ctx])
  const provider = result.info ? providerForType(result.info.type) : undefined
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length
  const templateId = useId()

  // The save hook works with a form; here the YAML is the connector, so the form stays empty.
  const form = useForm<ProviderValues>()
  const { saveInfo, review, failure, pending } = useSaveConnector({
    provider: provider ?? start,
    scope,
    form,
    saved: null,
    onSaved: (response) => setCreated(response.connector),
    onTakeTheirs: () => undefined,
    goTo: () => undefined,
  })
  // Once saved the guard is off (this render); then to the new connector's page.
  useEffect(() => {
    if (created) void navigate(withScope(paths.connector(created.identifier), scope))
  }, [created, navigate, scope])

  const pick = (id: string) => {
    const next = getProvider(id)
    const yaml = template(next, scope)
    setStart(next)
    setInitial(yaml)
    setText(yaml)
  }

  return (
    <Page
      title="New connector from YAML"
      breadcrumb="Connectors / New"
      subtitle="Type or paste a connector: document. It is checked as you type, with the form's rules and the Manager's types."
    >
      <LeaveGuard dirty={text !== initial && !created && !pending} />
      <Card>
        <section className={styles.yaml} aria-label="Connector YAML">
          <div className={fieldStyles.field}>
            <label className={fieldStyles.label} htmlFor={templateId}>
              Start from the template of
            </label>
            <select
              id={templateId}
              className={`${fieldStyles.input} ${styles.template}`}
              value={start.id}
              onChange={(e) => pick(e.target.value)}
            >
              {templates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label} ({p.type})
                </option>
              ))}
            </select>
            <span className={fieldStyles.hint}>
              Replaces the text (Ctrl+Z brings it back). Credentials are secret references.
            </span>
          </div>
          {failure ? (
            <Notice tone="danger">
              <strong>The connector was not saved.</strong> {failure.message}
              {failure.other.length ? (
                <ul>
                  {failure.other.map((e) => (
                    <li key={`${e.fieldId}-${e.error}`}>
                      {e.fieldId}: {e.error}
                    </li>
                  ))}
                </ul>
              ) : null}
            </Notice>
          ) : null}
          <Suspense fallback={<SkeletonRows rows={8} label="Loading the YAML editor" />}>
            <YamlEditor
              value={text}
              onChange={setText}
              validate={validate}
              label="Connector YAML"
            />
          </Suspense>
          <div className={styles.footer}>
            <p id="yaml-save-hint" className={styles.saveHint}>
              {errors
                ? `Fix the ${pluralize(errors, 'error')} to save.`
                : result.info && !provider
                  ? `The console has no form for ${result.info.type} connectors: create it in Harness.`
                  : null}
            </p>
            <Button
              variant="primary"
              disabled={!result.info || !provider || checked !== text || pending}
              aria-describedby="yaml-save-hint"
              onClick={() => (result.info ? saveInfo(result.info) : undefined)}
            >
              {pending ? 'Saving…' : 'Review and save'}
            </Button>
          </div>
        </section>
      </Card>
      <ReviewDialog {...review} />
    </Page>
  )
}
