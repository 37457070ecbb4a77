import type { PortProtocol } from '@/catalog/types'
import type { HarnessClusterId } from '@/lib/harness-clusters'

export interface ConnectorRef {
  identifier: string
  name: string
  type: string
  /** "Account", "Org default" or "Project default/cd_platform". */
  scope: string
}

/** One place the delegate must reach: host, port, protocol, and who needs it. */
export interface Destination {
  host: string
  port: number
  protocol: PortProtocol
  kind: 'harness' | 'connector'
  /** What it is, e.g. "Harness Manager (Prod3)", "GitHub", "AWS STS, for assumed roles". */
  purposes: string[]
  connectors: ConnectorRef[]
  /** Caveats from the catalog's hints and from how the host was found. */
  notes: string[]
  optional: boolean
  /** [INF] The host was derived from a region or cloud, not read from the connector. */
  inferred: boolean
}

export interface EgressPlan {
  destinations: Destination[]
  /** Connectors run by the Harness platform (`executeOnDelegate: false`): no delegate egress. */
  viaPlatform: ConnectorRef[]
  /** Connectors whose destination could not be worked out, with the reason. */
  unresolved: { connector: ConnectorRef; reason: string }[]
}

export interface EgressOptions {
  cluster: HarnessClusterId
  /** Include the optional `logging.googleapis.com` (off when STACK_DRIVER_LOGGING_ENABLED=false). */
  logging: boolean
}

/** A destination as one source sees it, before merging. */
export type Candidate = Omit<Destination, 'purposes' | 'connectors' | 'notes'> & {
  purpose: string
  notes: string[]
}
