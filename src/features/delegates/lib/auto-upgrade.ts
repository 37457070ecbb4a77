import type { Tone } from '@/components/ui/states'
import { shellQuote } from '@/lib/shell-quote'

import { KUBERNETES_MANIFEST, type Instruction } from '../rotation/update-instructions'
import { HARNESS_DOCS } from './harness-docs'

/**
 * The listing's `autoUpgrade` in words. Source: Harness, "Delegate automatic upgrades and
 * expiration policy" (HARNESS_DOCS.upgradesAndExpiration), section "Determine if automatic upgrade
 * is enabled": a new delegate shows DETECTING until the upgrader's first call to Harness; "If
 * Harness doesn't detect the upgrader API call within 90 minutes, the upgrade status is updated
 * from DETECTING to AUTO UPGRADE: OFF", and back to ON as soon as it calls again; "the Delegates
 * list page displays an Auto Upgrade status of DETECTING and then SYNCHRONIZING" before ON or OFF.
 * REFERENCE.md §4c types the field as ON | OFF | DETECTING; SYNCHRONIZING comes from that page.
 */
export type AutoUpgradeStatus = 'ON' | 'OFF' | 'DETECTING' | 'SYNCHRONIZING'

export interface AutoUpgradeInfo {
  label: string
  tone: Extract<Tone, 'success' | 'warning' | 'neutral' | 'danger'>
  meaning: string
}

const INFO: Record<AutoUpgradeStatus, AutoUpgradeInfo> = {
  ON: {
    label: 'Auto-upgrade on',
    tone: 'success',
    meaning:
      'The upgrader has called Harness in the last 90 minutes; it moves the delegate to the version Harness publishes for the account.',
  },
  OFF: {
    label: 'Auto-upgrade off',
    tone: 'warning',
    meaning:
      'Harness has not heard from an upgrader for this delegate in the last 90 minutes, so the delegate stays on its version until someone upgrades it.',
  },
  DETECTING: {
    label: 'Detecting',
    tone: 'neutral',
    meaning:
      'Harness has not yet heard from an upgrader for this delegate; a new delegate shows this until the first call, or 90 minutes without one turns it off.',
  },
  SYNCHRONIZING: {
    label: 'Synchronizing',
    tone: 'neutral',
    meaning:
      'Harness shows this after Detecting for a newly installed delegate, before it settles on on or off; its docs say no more about it.',
  },
}

const UNKNOWN: AutoUpgradeInfo = {
  label: 'Auto-upgrade unknown',
  tone: 'neutral',
  meaning: 'Harness did not report whether an upgrader runs for this delegate.',
}

export const isAutoUpgradeStatus = (value: unknown): value is AutoUpgradeStatus =>
  typeof value === 'string' && Object.hasOwn(INFO, value)

/** Label, badge tone and one plain sentence for the listing's `autoUpgrade`; unknown values say so. */
export function autoUpgradeInfo(value: string | null | undefined): AutoUpgradeInfo {
  return isAutoUpgradeStatus(value) ? INFO[value] : UNKNOWN
}

/** Where the commands need the delegate and the account; what is missing stays a placeholder. */
export interface UpgradeContext {
  name: string
  namespace?: string
  accountId?: string | null
  /** `MANAGER_HOST_AND_PORT`, e.g. `https://app.harness.io`. */
  managerUrl?: string | null
}

export interface HowToEnable {
  /** False when Harness documents no auto-upgrade for this installer. */
  available: boolean
  steps: Instruction[]
  source: string
}

const DEFAULT_NAMESPACE = 'harness-delegate-ng'
const placeholder = (text: string) => shellQuote(`<${text}>`)

/**
 * How to turn auto-upgrade on for a delegate of `delegateType`, from Harness's docs only:
 * Kubernetes manifest, Terraform and Helm have it on by default; Docker needs a separate upgrader
 * container; ECS delegates "do not auto-update" (HARNESS_DOCS.ecsFargate); the docs describe none
 * for shell-script delegates. Every value in a command goes through `shellQuote`.
 */
export function howToEnable(
  delegateType: string | null | undefined,
  ctx: UpgradeContext = { name: '<delegate name>' },
): HowToEnable {
  const ns = shellQuote(ctx.namespace || DEFAULT_NAMESPACE)
  switch (delegateType) {
    case 'KUBERNETES':
    case 'CE_KUBERNETES':
      return {
        available: true,
        steps: kubernetesSteps(ns),
        source: HARNESS_DOCS.upgradesAndExpiration,
      }
    case 'HELM_DELEGATE':
      return {
        available: true,
        source: HARNESS_DOCS.upgradesAndExpiration,
        steps: [
          {
            // [INF] --reuse-values keeps the release's other values; Harness's install command sets
            // upgrader.enabled=true among them (REFERENCE.md §4d).
            text: 'Upgrade the release with the chart’s upgrader turned on, keeping its other values:',
            code: `helm upgrade ${shellQuote(ctx.name)} harness-delegate/harness-delegate-ng --namespace ${ns} --reuse-values --set upgrader.enabled=true`,
            language: 'shell',
          },
        ],
      }
    case 'DOCKER':
      return { available: true, steps: dockerSteps(ctx), source: HARNESS_DOCS.dockerUpgrader }
    case 'ECS':
      return {
        available: false,
        source: HARNESS_DOCS.ecsFargate,
        steps: [
          {
            text: 'Harness’s ECS page says ECS-configured Docker delegates do not auto-update and recommends updating them by hand every 3 or 6 months.',
          },
        ],
      }
    case 'SHELL_SCRIPT':
      return {
        available: false,
        source: HARNESS_DOCS.upgradesAndExpiration,
        steps: [
          {
            text: 'Harness documents auto-upgrade for Kubernetes manifest, Helm, Terraform and Docker delegates, and none for shell-script delegates: upgrade this one by hand.',
          },
        ],
      }
    default:
      return {
        available: false,
        source: HARNESS_DOCS.upgradesAndExpiration,
        steps: [
          {
            text: `Harness documents no auto-upgrade for this delegate type (${delegateType ?? 'unknown'}).`,
          },
        ],
      }
  }
}

/** The upgrader is a CronJob in Harness's manifest; removing or suspending it turns upgrades off. */
function kubernetesSteps(ns: string): Instruction[] {
  return [
    {
      text: `Harness’s manifest (New Delegate → Kubernetes → Kubernetes Manifest) includes the upgrader, a CronJob that runs hourly; the manifest this console writes does not. If the CronJob is missing, copy it and its Role, RoleBinding, ServiceAccount, Secret and ConfigMap from a manifest freshly downloaded from Harness into ${KUBERNETES_MANIFEST}, then apply it:`,
      code: `kubectl apply -f ${KUBERNETES_MANIFEST}`,
      language: 'shell',
    },
    {
      text: 'If the CronJob is there but suspended, find it and resume it (Harness’s page suspends it with suspend: true; false undoes that):',
      code: [
        `kubectl get cronjobs --namespace ${ns}`,
        `kubectl patch cronjobs ${placeholder('job-name')} -p '{"spec":{"suspend":false}}' --namespace ${ns}`,
      ].join('\n'),
      language: 'shell',
    },
  ]
}

/**
 * Harness's "Enable auto-upgrades for existing Docker Delegates" runs one upgrader container per
 * `DELEGATE_NAME`; this is its `docker run`, with this delegate's name as the workload.
 */
function dockerSteps(ctx: UpgradeContext): Instruction[] {
  const account = ctx.accountId ? shellQuote(ctx.accountId) : placeholder('account ID')
  const manager = ctx.managerUrl
    ? shellQuote(ctx.managerUrl)
    : placeholder('Manager URL, e.g. https://app.harness.io')
  return [
    {
      text: 'Harness’s Docker upgrader is behind the feature flag PL_SHOW_AUTO_UPGRADE_FOR_DOCKER_DELEGATE (ask Harness Support to turn it on). It upgrades delegates started with docker run whose DELEGATE_NAME matches its UPGRADER_WORKLOAD_NAME; for images pulled from a private registry it only runs health checks.',
    },
    {
      text: 'On the delegate’s host, start the upgrader with the delegate’s token:',
      code: [
        'docker run -d --cpus=0.1 --memory=100m \\',
        '  -v /var/run/docker.sock:/var/run/docker.sock \\',
        `  -e ACCOUNT_ID=${account} \\`,
        `  -e MANAGER_HOST_AND_PORT=${manager} \\`,
        `  -e UPGRADER_WORKLOAD_NAME=${shellQuote(ctx.name)} \\`,
        `  -e UPGRADER_TOKEN=${placeholder('delegate token')} \\`,
        `  -e SCHEDULE='0 */1 * * *' \\`,
        '  us-docker.pkg.dev/gar-prod-setup/harness-public/harness/upgrader:latest',
      ].join('\n'),
      language: 'shell',
    },
  ]
}
