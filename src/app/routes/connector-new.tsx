import { FileCode2 } from 'lucide-react'
import { lazy, Suspense, useState } from 'react'
import { Link } from 'react-router'

import type { ConnectorInfo } from '@/api/schemas/connector'
import { Page } from '@/components/ui/page'
import { CATEGORIES, findProvider } from '@/catalog'
import { FROM_PARAM, prefillFor } from '@/catalog/create-instead'
import type { CategoryId, Provider } from '@/catalog/types'
import { ConnectorWizard } from '@/features/connectors/form/connector-wizard'
import { CreateInstead } from '@/features/connectors/form/create-instead'
import { ProviderPicker } from '@/features/connectors/form/provider-picker'
import { Button, buttonClass } from '@/components/ui/button'
import { SkeletonRows } from '@/components/ui/states'
import { useScope } from '@/hooks/use-scope'
import { useUrlParams } from '@/hooks/use-url-params'
import { paths, withScope } from '@/lib/paths'

/** CodeMirror and the YAML checks load only when this page is asked for in its YAML form. */
const NewConnectorYaml = lazy(() =>
  import('@/features/connectors/code/new-connector-yaml').then((m) => ({
    default: m.NewConnectorYaml,
  })),
)

/**
 * Connectors > New: category → provider → wizard. `?category=`, `?q=` and `?provider=` keep the
 * choice in the URL (deep links; the scope params stay as they are); `?from=` starts the wizard
 * with what a not-created provider's "create instead" fills in; `?yaml=1` is a connector typed as
 * YAML.
 */
export function Component() {
  const [params, update] = useUrlParams()
  const scope = useScope()
  // Once saved, the connector exists: the page names it and no longer offers another provider.
  // Kept with the form it came from: back at the picker, another provider starts unsaved.
  const [savedBy, setSavedBy] = useState<{ form: string; info: ConnectorInfo } | null>(null)
  const provider = findProvider(params.get('provider') ?? '')
  // "Create instead" links name the provider they stand in for: `?provider=pdc&from=winrm`.
  const prefill = provider ? prefillFor(provider, params.get(FROM_PARAM)) : undefined
  const category: CategoryId =
    CATEGORIES.find((c) => c.id === params.get('category'))?.id ?? provider?.category ?? 'code'
  const set = (changes: Record<string, string | null>, replace = false) =>
    update(changes, { replace })
  const back = () => {
    setSavedBy(null)
    set({ provider: null, [FROM_PARAM]: null, category: provider?.category ?? category })
  }

  if (params.get('yaml') && !provider) {
    return (
      <Suspense fallback={<SkeletonRows rows={8} label="Loading the YAML editor" />}>
        <NewConnectorYaml />
      </Suspense>
    )
  }
  if (!provider) {
    return (
      <Page
        title="New connector"
        breadcrumb="Connectors"
        subtitle="Choose what to connect to. Each provider lists the permissions and ports it needs."
        actions={
          <>
            <Link className={buttonClass()} to={withScope(paths.applyConnectors, scope)}>
              Apply a YAML bundle
            </Link>
            <Link
              className={buttonClass()}
              to={withScope(paths.newConnector, scope, { yaml: '1' })}
            >
              <FileCode2 size={16} aria-hidden /> Start from YAML
            </Link>
          </>
        }
      >
        <ProviderPicker
          category={category}
          term={params.get('q') ?? ''}
          onCategory={(c) => set({ category: c, q: null })}
          onTerm={(q) => set({ q: q || null }, true)}
          onPick={(p: Provider) => set({ provider: p.id, category: p.category, q: null })}
        />
      </Page>
    )
  }
  const formKey = `${provider.id}-${prefill?.from.id ?? ''}`
  const saved = savedBy?.form === formKey ? savedBy.info : null
  const actions = <Button onClick={back}>Change provider</Button>
  if (!provider.type) {
    return (
      <Page
        title={provider.label}
        breadcrumb="Connectors / New"
        subtitle="Guidance only: the API has no connector for this."
        actions={actions}
      >
        <CreateInstead provider={provider} onBack={back} />
      </Page>
    )
  }
  return (
    <Page
      title={saved ? saved.name : `New ${provider.label} connector`}
      breadcrumb={saved ? 'Connectors' : 'Connectors / New'}
      subtitle={saved ? `${provider.label} connector, saved` : provider.description}
      actions={saved ? <Button onClick={back}>Create another connector</Button> : actions}
    >
      {/* A new provider starts a new form: the key drops the old one's state. */}
      <ConnectorWizard
        key={formKey}
        provider={provider}
        prefill={prefill}
        onSaved={(info) => setSavedBy({ form: formKey, info })}
      />
    </Page>
  )
}
