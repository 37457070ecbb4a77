import { lazy, Suspense, useCallback, useDeferredValue, useMemo, useState } from 'react'

import type { ConnectorInfo } from '@/api/schemas/connector'
import type { Scope } from '@/api/scope'
import { Button } from '@/components/ui/button'
import { Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import type { Provider } from '@/catalog/types'
import { pluralize } from '@/lib/format'

import type { SaveFailure } from '../form/use-save-connector'
import styles from './code.module.css'
import { ModeSwitch } from './mode-switch'
import { validateConnectorYaml } from './validate-yaml'
import { connectorYaml } from './yaml'

/** CodeMirror loads with this module (itself loaded when YAML mode first opens), not before. */
const editorModule = () => import('./yaml-editor/yaml-editor')
const YamlEditor = lazy(() => editorModule().then((m) => ({ default: m.YamlEditor })))

export interface YamlModeProps {
  provider: Provider
  scope: Scope
  /** The connector in Harness (edit, or after the first save); null before a create. */
  stored: ConnectorInfo | null
  /** What the form would send when YAML mode opened: the editor starts with it. */
  start: ConnectorInfo
  /** Back to the form: the YAML's connector when it was changed, else null. */
  onForm: (parsed: ConnectorInfo | null) => void
  /** Opens the review for the typed connector (the save hook's `saveInfo`). */
  onSave: (info: ConnectorInfo) => void
  /** Whether the YAML differs from what it started as, for the leave guard. */
  onDirty: (dirty: boolean) => void
  pending: boolean
  failure: SaveFailure | null
}

/**
 * The wizard's YAML mode: the connector as a `connector:` document, checked as it is typed with
 * the form's and the Manager's rules. Switching back to the form, or saving, needs valid YAML.
 */
export function YamlMode({
  provider,
  scope,
  stored,
  start,
  onForm,
  onSave,
  onDirty,
  pending,
  failure,
}: YamlModeProps) {
  const [initial] = useState(() => connectorYaml(start))
  const [text, setText] = useState(initial)
  const [note, setNote] = useState<string | null>(null)
  const ctx = useMemo(
    () => ({ scope, stored: stored ?? undefined, provider }),
    [scope, stored, provider],
  )
  const validate = useCallback((t: string) => validateConnectorYaml(t, ctx).diagnostics, [ctx])
  const checked = useDeferredValue(text)
  const result = useMemo(() => validateConnectorYaml(checked, ctx), [checked, ctx])
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length
  const valid = !!result.info && checked === text

  const toForm = () => {
    const now = validateConnectorYaml(text, ctx)
    if (!now.info) {
      const count = now.diagnostics.filter((d) => d.severity === 'error').length
      return setNote(
        `The form can only show valid YAML: fix the ${pluralize(count, 'error')} listed under the editor first.`,
      )
    }
    onForm(text === initial ? null : now.info)
  }

  return (
    <>
      <ModeSwitch mode="yaml" onChange={toForm} note={valid ? null : note} />
      <section className={styles.yaml} aria-labelledby="yaml-title">
        <h2 id="yaml-title" className={styles.title}>
          {provider.label} connector as YAML
        </h2>
        <p className={styles.help}>
          What the form would send, as Harness shows it. Credentials are secret references (
          <code>account.id</code>, <code>org.id</code> or <code>id</code>). Fields the form does not
          show are kept.
        </p>
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
            onChange={(next) => {
              setText(next)
              onDirty(next !== initial)
            }}
            validate={validate}
            label={`${provider.label} connector YAML`}
          />
        </Suspense>
        <div className={styles.footer}>
          {errors ? (
            <p id="yaml-save-hint" className={styles.saveHint}>
              Fix the {pluralize(errors, 'error')} to save.
            </p>
          ) : null}
          <Button
            variant="primary"
            disabled={!valid || pending}
            aria-describedby={errors ? 'yaml-save-hint' : undefined}
            onClick={() => (result.info ? onSave(result.info) : undefined)}
          >
            {pending ? 'Saving…' : stored ? 'Review changes' : 'Review and save'}
          </Button>
        </div>
      </section>
    </>
  )
}
