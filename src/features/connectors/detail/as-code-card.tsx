import { Download } from 'lucide-react'
import * as Tabs from '@radix-ui/react-tabs'
import { useEffect, useState } from 'react'

import type { ConnectorInfo } from '@/api/schemas/connector'
import { Button } from '@/components/ui/button'
import { Card, CardBody, Notice } from '@/components/ui/page'
import { ErrorState, SkeletonRows } from '@/components/ui/states'
import { downloadText } from '@/lib/download'

import { connectorYaml } from '../code/yaml'
import { ConnectorReference } from '../shared/connector-reference'
import { CopyBlock } from '../shared/copy-block'
import shared from '../shared/shared.module.css'
import styles from './detail.module.css'

type Terraform = typeof import('../code/terraform/terraform')
type Tab = 'yaml' | 'terraform'

// The Terraform writer and its provider mapping load when the tab is wanted, not with the page.
let terraformModule: Promise<Terraform> | null = null
const loadTerraform = () => {
  terraformModule ??= import('../code/terraform/terraform').catch((error: unknown) => {
    terraformModule = null
    throw error
  })
  return terraformModule
}

/**
 * How pipelines refer to the connector, and the connector as code: its YAML as the Manager stores
 * it, and the Harness Terraform provider's resource with an import block (issue 23). Each can be
 * copied or downloaded as a file. Radix Tabs: arrow keys move between the tabs and show them.
 */
export function AsCodeCard({ info }: { info: ConnectorInfo }) {
  const [tab, setTab] = useState<Tab>('yaml')
  return (
    <Card>
      <CardBody>
        <h2 className={styles.cardTitle}>Reference and code</h2>
        <ConnectorReference info={info} yaml={false} />
        <Tabs.Root value={tab} onValueChange={(value) => setTab(value as Tab)}>
          <Tabs.List aria-label="Connector as code" className={styles.tabs}>
            <Tabs.Trigger value="yaml" className={styles.tab}>
              YAML
            </Tabs.Trigger>
            <Tabs.Trigger
              value="terraform"
              className={styles.tab}
              // Start loading the Terraform writer when the pointer or focus heads for it.
              onPointerEnter={() => void loadTerraform()}
              onFocus={() => void loadTerraform()}
            >
              Terraform
            </Tabs.Trigger>
          </Tabs.List>
          <Tabs.Content value="yaml" className={styles.tabPanel}>
            <YamlPanel info={info} />
          </Tabs.Content>
          <Tabs.Content value="terraform" className={styles.tabPanel}>
            <TerraformPanel info={info} />
          </Tabs.Content>
        </Tabs.Root>
      </CardBody>
    </Card>
  )
}

function YamlPanel({ info }: { info: ConnectorInfo }) {
  const text = connectorYaml(info)
  return (
    <div className={shared.section}>
      <p className={shared.note}>
        As the Manager stores it (without the account). Edit it with Edit, then YAML; apply many at
        once with Apply a YAML bundle on New connector.
      </p>
      <CopyBlock text={text} label="connector YAML" />
      <DownloadButton filename={`${info.identifier}.yaml`} text={text} type="application/yaml" />
    </div>
  )
}

function TerraformPanel({ info }: { info: ConnectorInfo }) {
  const [module, setModule] = useState<Terraform | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    let live = true
    loadTerraform().then(
      (m) => live && setModule(m),
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
  }, [attempt])

  if (error)
    return (
      <ErrorState
        error={error}
        title="Could not load the Terraform writer"
        onRetry={() => {
          setError(null)
          setAttempt((n) => n + 1)
        }}
      />
    )
  if (!module) return <SkeletonRows rows={4} label="Writing the Terraform" />
  const support = module.terraformSupport(info.type)
  if (support.resource === null) return <Notice tone="warning">{support.reason}</Notice>
  const text = module.connectorTerraform(info)
  return (
    <div className={shared.section}>
      <p className={shared.note}>
        The <code>{support.resource}</code> resource with the provider’s argument names, and an{' '}
        <code>import</code> block: <code>terraform plan</code> adopts this connector instead of
        creating another. Credentials stay secret references.
      </p>
      <CopyBlock text={text} label="connector Terraform" />
      <DownloadButton filename={`${info.identifier}.tf`} text={text} type="text/plain" />
    </div>
  )
}

function DownloadButton({
  filename,
  text,
  type,
}: {
  filename: string
  text: string
  type: string
}) {
  return (
    <div>
      <Button size="small" onClick={() => downloadText(filename, text, type)}>
        <Download size={14} aria-hidden /> Download {filename}
      </Button>
    </div>
  )
}
