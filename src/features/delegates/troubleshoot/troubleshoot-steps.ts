import type { DelegateGroup } from '@/api/schemas/delegate'
import type { Scope } from '@/api/scope'
import { HARNESS_CLUSTERS, managerHosts, type HarnessClusterId } from '@/lib/harness-clusters'
import { paths, withScope } from '@/lib/paths'

import { HARNESS_DOCS } from '../lib/harness-docs'
import { DOCKER_LIST, forEachDockerContainer } from '../lib/uninstall'
import { tokenFinding, tokenMeaning } from './token-step'
import { typeChecks } from './type-checks'

/**
 * The guided check for a group that does not connect, in the order of Harness's guides: did it
 * come up (HARNESS_DOCS.registration: "kubectl describe pod", "kubectl logs -f"), is it
 * restarting ("CrashLoopBackOff: Kubernetes Cluster Resources are not available"), can it pull its
 * image, is its token good (HARNESS_DOCS: secure-delegates-with-tokens), can it reach the Manager
 * (HARNESS_DOCS.troubleshooting, "Delegate can't connect to Harness Manager": DNS, outbound HTTPS
 * 443), and its proxy settings (HARNESS_DOCS.proxySettings).
 */
export interface TroubleshootInput {
  group: DelegateGroup
  /** Kubernetes and Helm; Harness's default is harness-delegate-ng. */
  namespace?: string
  managerHost: string
  /** From the token list: true revoked, false active, null unknown. */
  tokenRevoked: boolean | null
  tokenName?: string | null
  /** false when none of this scope's tokens lists the group; null or absent when unknown. */
  tokenInScope?: boolean | null
  /** The account's cluster, to pick the network page's plan when several share a host. */
  cluster?: HarnessClusterId | null
  /** Kept in the network page link, as every link of the console keeps it. */
  scope?: Pick<Scope, 'orgId' | 'projectId'>
}

export type StepStatus = 'problem' | 'ok' | 'unknown'

export interface TroubleshootStep {
  id: 'running' | 'crash' | 'image' | 'token' | 'manager' | 'proxy'
  title: string
  question: string
  command?: string
  /** What the output means, one line per case. */
  meaning: string[]
  status?: StepStatus
  /** What the console's own data says, when it says something. */
  finding?: string
  link?: { href: string; label: string }
}

export const DEFAULT_NAMESPACE = 'harness-delegate-ng'

/**
 * The network page for `managerHost`'s cluster with its preflight script open; null for a host
 * that is not one of Harness's SaaS clusters (the page only plans those). `cluster` and `export`
 * are the network page's own search params (features/network/use-network-params.ts).
 */
export function preflightHref(
  managerHost: string,
  cluster?: HarnessClusterId | null,
  scope: Pick<Scope, 'orgId' | 'projectId'> = {},
) {
  const match =
    cluster && managerHosts(cluster).includes(managerHost)
      ? cluster
      : HARNESS_CLUSTERS.find((c) => c.host === managerHost)?.id
  if (!match) return null
  return withScope(paths.network, scope, { cluster: match, export: 'preflight' })
}

type StepId = TroubleshootStep['id']

/** Each step's title and question, in the guides' order. */
const STEPS: { id: StepId; title: string; question: (host: string) => string }[] = [
  {
    id: 'running',
    title: 'Did it come up?',
    question: () => 'Is the delegate’s pod, container or process running?',
  },
  {
    id: 'crash',
    title: 'Is it restarting?',
    question: () => 'Does it crash and restart (CrashLoopBackOff): enough CPU and memory?',
  },
  {
    id: 'image',
    title: 'Can it pull its image?',
    question: () => 'Can the host reach the registry and pull the delegate image?',
  },
  {
    id: 'token',
    title: 'Is its token good?',
    question: () => 'Is the delegate token revoked, or from another scope?',
  },
  {
    id: 'manager',
    title: 'Can it reach the Manager?',
    question: (host) => `Can the host reach ${host} on port 443?`,
  },
  {
    id: 'proxy',
    title: 'Does it go through a proxy?',
    question: () => 'Are the delegate’s proxy settings right for reaching the Manager?',
  },
]

/**
 * The ordered steps for the group's installer type, with the data's findings where it has any. A
 * step with nothing to run or read for the type (no image for a shell script) is left out.
 */
export function troubleshootSteps(input: TroubleshootInput): TroubleshootStep[] {
  const { group, managerHost } = input
  const name = group.groupName ?? group.delegateGroupIdentifier ?? '<delegate name>'
  const namespace = input.namespace || DEFAULT_NAMESPACE
  const version = group.groupVersion ?? group.delegateVersion ?? null
  const find = forEachDockerContainer(name, DOCKER_LIST) ?? 'docker ps -a'
  const checks = typeChecks(group.delegateType, { name, namespace, managerHost, version }, find)
  const preflight = preflightHref(managerHost, input.cluster, input.scope)
  const parts: Record<StepId, Partial<TroubleshootStep> | undefined> = {
    running: checks ? { ...checks.running, ...connected(group) } : undefined,
    crash: checks?.crash,
    image: checks?.image,
    token: { meaning: tokenMeaning(group.delegateType, name), ...tokenFinding(input) },
    manager: {
      ...(checks?.reach ?? {
        meaning: [`See Harness’s troubleshooting page: ${HARNESS_DOCS.troubleshooting}`],
      }),
      link: preflight
        ? { href: preflight, label: `Preflight script for ${managerHost} (network page)` }
        : undefined,
    },
    proxy: checks?.proxy,
  }
  return STEPS.flatMap(({ id, title, question }) => {
    const part = parts[id]
    return part ? [{ id, title, question: question(managerHost), meaning: [], ...part }] : []
  })
}

/**
 * "connected" is the Manager's word for a group whose every instance sent a heartbeat in the last
 * five minutes (REFERENCE.md §4c); that is the only case the data settles on its own.
 */
function connected(group: DelegateGroup): Partial<TroubleshootStep> {
  const status = (group.connectivityStatus ?? '').toLowerCase()
  if (status === 'connected')
    return { status: 'ok', finding: 'Harness reports every delegate of this group connected.' }
  if (status === 'disconnected')
    return {
      finding:
        'Harness has had no heartbeat from any delegate of this group in the last five minutes.',
    }
  if (status === 'partially connected')
    return { finding: 'Some delegates of this group send heartbeats and some do not.' }
  return {}
}
