import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useRef, useState } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { Link } from 'react-router'
import type { z } from '@/lib/zod'

import { connectorQueries } from '@/api/queries/connectors'
import type { ConnectorInfo, ConnectorResponse } from '@/api/schemas/connector'
import { Button, buttonClass } from '@/components/ui/button'
import { Card, Notice } from '@/components/ui/page'
import { SkeletonRows } from '@/components/ui/states'
import { defaultValues } from '@/catalog/defaults'
import { fromConnectorInfo } from '@/catalog/to-api'
import { providerSchema } from '@/catalog/to-zod'
import type { Provider, ProviderValues } from '@/catalog/types'
import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'
import { toast } from '@/lib/toast'

import { ModeSwitch } from '../code/mode-switch'
import { useFormYaml } from '../code/use-form-yaml'
import { ReviewDialog } from '../review/review-dialog'

import { CredentialsStep } from './credentials-step'
import { DelegatesStep } from './delegates-step'
import { DetailsStep } from './details-step'
import { TAKEN_MESSAGE } from './identifier-field'
import { LeaveGuard } from './leave-guard'
import { OverviewStep } from './overview-step'
import { WizardHints } from './port-hint'
import { StepNav } from './step-nav'
import { PrefillNotice } from './prefill-notice'
import { deriveIdentifier, fieldsOfStep, STEPS, type StepId } from './steps'
import { TestStep } from './test-step'
import { useSaveConnector } from './use-save-connector'
import styles from './wizard.module.css'

interface ConnectorWizardProps {
  provider: Provider
  /** Editing: the stored connector, whose values seed the form once. */
  existing?: { info: ConnectorInfo; values: ProviderValues; modifiedAt?: number | null }
  /** Started "instead of" a provider the API has no type for (Bugsnag → Custom Health). */
  prefill?: { from: Provider; values: ProviderValues }
  /** Told after each save, so the page around the form can say the connector now exists. */
  onSaved?: (info: ConnectorInfo) => void
}

/** YAML mode, with CodeMirror, loads on first use (or when the pointer reaches its toggle). */
const loadYamlMode = () => import('../code/yaml-mode')
const YamlMode = lazy(() => loadYamlMode().then((m) => ({ default: m.YamlMode })))

/** The one connector form for every provider: catalog → zod → react-hook-form (STYLE §2). */
export function ConnectorWizard({
  provider,
  existing,
  prefill,
  onSaved: tellPage,
}: ConnectorWizardProps) {
  const scope = useScope()
  const queryClient = useQueryClient()
  const form = useForm<ProviderValues>({
    // The catalog types the schema's input as unknown (it coerces form strings); the form holds ProviderValues.
    resolver: zodResolver(providerSchema(provider.id) as z.ZodType<ProviderValues, ProviderValues>),
    defaultValues:
      existing?.values ??
      (prefill
        ? { ...prefill.values, identifier: deriveIdentifier(String(prefill.values.name ?? '')) }
        : defaultValues(provider)),
    mode: 'onTouched',
  })
  const [step, setStep] = useState<StepId>('overview')
  const [reached, setReached] = useState(existing ? 3 : 0)
  const [saved, setSaved] = useState<ConnectorInfo | null>(existing?.info ?? null)
  const [modifiedAt, setModifiedAt] = useState(existing?.modifiedAt)
  const [derive, setDerive] = useState(!existing)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const index = STEPS.findIndex((s) => s.id === step)
  const yamlMode = useFormYaml({ provider, scope, form, saved, onLoaded: () => setDerive(false) })

  const goTo = (next: StepId) => {
    setStep(next)
    setReached((r) =>
      Math.max(
        r,
        STEPS.findIndex((s) => s.id === next),
      ),
    )
    requestAnimationFrame(() => headingRef.current?.focus())
  }
  const onSaved = (response: ConnectorResponse) => {
    setSaved(response.connector)
    yamlMode.rebase(response.connector)
    setModifiedAt(response.lastModifiedAt)
    tellPage?.(response.connector)
    goTo('test')
  }
  /** The admin dropped the edit: the form starts again from the version in Harness now. */
  const onTakeTheirs = (theirs: ConnectorResponse) => {
    setSaved(theirs.connector)
    yamlMode.rebase(theirs.connector)
    setModifiedAt(theirs.lastModifiedAt)
    form.reset(fromConnectorInfo(provider, theirs.connector))
    toast.success('Loaded the version in Harness; your changes were dropped.')
    goTo('overview')
  }
  const { save, saveInfo, failure, pending, review } = useSaveConnector({
    provider,
    scope,
    form,
    saved,
    modifiedAt,
    onSaved,
    onTakeTheirs,
    goTo,
    build: yamlMode.build,
  })

  /** Validate this step's fields; on Overview, also ask the API whether the identifier is free. */
  const next = async () => {
    const names = fieldsOfStep(provider, step, form.getValues('authMethod'))
    if (names.length && !(await form.trigger(names, { shouldFocus: true }))) {
      // Touch them, so messages update as the user fixes each field (mode "onTouched").
      for (const name of names) form.setValue(name, form.getValues(name), { shouldTouch: true })
      return
    }
    if (step === 'overview' && !saved) {
      const identifier = form.getValues('identifier')
      const free = await queryClient
        .fetchQuery(connectorQueries.identifierAvailable(scope, identifier))
        .catch(() => true)
      if (!free)
        return form.setError(
          'identifier',
          { type: 'taken', message: TAKEN_MESSAGE },
          { shouldFocus: true },
        )
    }
    goTo(STEPS[index + 1].id)
  }
  /** A save that fails validation shows the first step with a message. */
  const onInvalid = (errors: Record<string, unknown>) => {
    const first = STEPS.find((s) =>
      fieldsOfStep(provider, s.id, form.getValues('authMethod')).some((n) => n in errors),
    )
    if (first) goTo(first.id)
  }

  /** Enter in a field continues to the next step; only the Delegates step saves (after the review). */
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    if (step === 'delegates') return void form.handleSubmit(save, onInvalid)(event)
    event.preventDefault()
    if (step !== 'test') void next()
  }

  return (
    <FormProvider {...form}>
      <LeaveGuard dirty={(form.formState.isDirty || yamlMode.dirty) && !pending} />
      <div className={styles.layout}>
        <Card className={styles.main}>
          {yamlMode.start ? (
            <Suspense fallback={<SkeletonRows rows={8} label="Loading the YAML editor" />}>
              <YamlMode
                {...{ provider, scope, pending, failure }}
                stored={saved}
                start={yamlMode.start}
                onForm={yamlMode.toForm}
                onSave={saveInfo}
                onDirty={yamlMode.setYamlDirty}
              />
            </Suspense>
          ) : (
            <>
              <ModeSwitch
                mode="form"
                onChange={yamlMode.toYaml}
                onIntent={() => void loadYamlMode()}
              />
              <StepNav current={step} reached={saved ? STEPS.length - 1 : reached} onGo={goTo} />
            </>
          )}
          {/* Kept mounted in YAML mode (its fields stay registered), out of sight. */}
          <form
            className={styles.form}
            style={yamlMode.start ? { display: 'none' } : undefined}
            noValidate
            onSubmit={onSubmit}
            aria-labelledby="step-title"
          >
            <h2 id="step-title" className={styles.stepTitle} tabIndex={-1} ref={headingRef}>
              {STEPS[index].label}
            </h2>
            {prefill && !saved ? <PrefillNotice provider={provider} from={prefill.from} /> : null}
            {failure ? (
              <Notice tone="danger">
                <strong>The connector was not saved.</strong> {failure.message} Your entries are
                kept.
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
            {step === 'overview' ? (
              <OverviewStep
                identifierLocked={!!saved}
                derive={derive}
                onIdentifierEdited={() => setDerive(false)}
              />
            ) : null}
            {step === 'details' ? <DetailsStep provider={provider} /> : null}
            {step === 'credentials' ? <CredentialsStep provider={provider} /> : null}
            {step === 'delegates' ? <DelegatesStep provider={provider} /> : null}
            {step === 'test' && saved ? <TestStep info={saved} /> : null}
            <div className={styles.footer}>
              {index > 0 ? <Button onClick={() => goTo(STEPS[index - 1].id)}>Back</Button> : null}
              <span className={styles.spacer} />
              {/* Distinct keys: React must not turn the clicked Continue button into the submit
                  button while the click is still being handled, or the browser would submit. */}
              {step === 'delegates' ? (
                <Button key="save" type="submit" variant="primary" disabled={pending}>
                  {pending ? 'Saving…' : saved ? 'Review changes' : 'Review and save'}
                </Button>
              ) : step === 'test' ? (
                <Link className={buttonClass('primary')} to={withScope(paths.connectors, scope)}>
                  Done
                </Link>
              ) : (
                <Button key="continue" variant="primary" onClick={() => void next()}>
                  Continue
                </Button>
              )}
            </div>
          </form>
        </Card>
        <Card className={styles.side}>
          <WizardHints provider={provider} />
        </Card>
      </div>
      <ReviewDialog {...review} />
    </FormProvider>
  )
}
