import type { HarnessClusterId } from '@/lib/harness-clusters'

import type { EgressPlan } from './egress-plan'
import { planToCsv, planToText } from './export-text'
import { buildNetworkPolicy } from './network-policy'
import { buildPreflightScript } from './preflight-script'
import { securityGroupJson } from './security-group'

export interface ExportContext {
  plan: EgressPlan
  cluster: HarnessClusterId
  namespace: string
  delegateName: string
}

export interface ExportFormat {
  id: 'list' | 'csv' | 'network-policy' | 'security-group' | 'preflight'
  label: string
  filename: string
  mimeType: string
  /** Needs the namespace and delegate name (the NetworkPolicy). */
  usesDelegate?: boolean
  /**
   * The command shown for running the file, if it is run. Only the console's own text today; any
   * value from the admin or the Manager would go through `shellQuote` (src/lib/shell-quote.ts).
   */
  runCommand?: string
  build: (context: ExportContext) => string
}

export type ExportFormatId = ExportFormat['id']

/** Every way out of the page: pure builders, one file each (STYLE.md principle 12). */
export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'list',
    label: 'Plain list',
    filename: 'harness-delegate-egress.txt',
    mimeType: 'text/plain',
    build: ({ plan }) => planToText(plan),
  },
  {
    id: 'csv',
    label: 'CSV',
    filename: 'harness-delegate-egress.csv',
    mimeType: 'text/csv',
    build: ({ plan }) => planToCsv(plan),
  },
  {
    id: 'network-policy',
    label: 'Kubernetes NetworkPolicy (YAML)',
    filename: 'harness-delegate-egress.yaml',
    mimeType: 'application/yaml',
    usesDelegate: true,
    build: ({ plan, namespace, delegateName }) =>
      buildNetworkPolicy(plan, { namespace, delegateName }),
  },
  {
    id: 'security-group',
    label: 'AWS security-group egress (JSON)',
    filename: 'harness-delegate-egress-sg.json',
    mimeType: 'application/json',
    build: ({ plan }) => securityGroupJson(plan),
  },
  {
    id: 'preflight',
    label: 'Preflight script (bash)',
    filename: 'harness-delegate-preflight.sh',
    mimeType: 'text/x-shellscript',
    runCommand: 'bash harness-delegate-preflight.sh',
    build: ({ plan, cluster }) => buildPreflightScript(plan, cluster),
  },
]

export function exportFormat(id: ExportFormatId): ExportFormat {
  return EXPORT_FORMATS.find((f) => f.id === id)!
}

const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * Kubernetes names for the NetworkPolicy: namespaces and the delegate's `harness.io/name` label are
 * DNS-1123 labels. Returns the message to show at the field, or undefined when valid.
 */
export function validateK8sName(value: string, what: string): string | undefined {
  if (!value) return `Enter the ${what}.`
  if (value.length > 63) return `Use at most 63 characters (this one has ${value.length}).`
  if (/[A-Z]/.test(value)) return 'Use lowercase letters only (Kubernetes names are lowercase).'
  if (!DNS_LABEL.test(value))
    return "Use lowercase letters, digits and '-', starting and ending with a letter or digit."
  return undefined
}
