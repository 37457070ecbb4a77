import { MOCK_ACCOUNT_ID } from '@/api/session'
import { CATEGORY_BY_TYPE, type ConnectivityStatus } from '@/api/schemas/connector'
import type { SecretType } from '@/api/schemas/secret'

import type { MockConnector, MockDb, MockDelegateGroup, MockTestRecord } from './db'
import { seedVersions } from './mock-versions'
import { connectorSeeds, type ConnectorSeed } from './seed-connectors'
import { seedSettings, seedSetupUsages } from './seed-usages'
import { setTokenValue, tokenValueOf } from './token-values'

export type SeedName = 'default' | 'empty' | 'large'

export const ACCOUNT_ID = MOCK_ACCOUNT_ID
const HOUR = 3_600_000
const DAY = 24 * HOUR

/** Deterministic PRNG (mulberry32), so seeded data and tests are stable. */
export function prng(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const secret = (
  identifier: string,
  name: string,
  type: SecretType,
  orgId?: string,
  projectId?: string,
  now = Date.now(),
  secretManagerIdentifier = 'harnessSecretManager',
) => ({
  secret: {
    type,
    name,
    identifier,
    orgIdentifier: orgId ?? null,
    projectIdentifier: projectId ?? null,
    tags: {},
    description: null,
    spec: { secretManagerIdentifier, valueType: 'Inline' },
  },
  createdAt: now - 60 * DAY,
  updatedAt: now - 10 * DAY,
  draft: false,
})

function seedSecrets(now: number) {
  const account = [
    ['github_pat', 'GitHub PAT'],
    ['bitbucket_password', 'Bitbucket password'],
    ['azure_devops_pat', 'Azure DevOps PAT'],
    ['dockerhub_token', 'Docker Hub token'],
    ['nexus_password', 'Nexus password'],
    ['jenkins_token', 'Jenkins API token'],
    ['azure_client_secret', 'Azure client secret'],
    ['k8s_sa_token', 'Kubernetes SA token'],
    ['vault_secret_id', 'Vault AppRole secret id'],
    ['datadog_api_key', 'Datadog API key'],
    ['splunk_password', 'Splunk password'],
    ['newrelic_key', 'New Relic API key'],
    ['appd_password', 'AppDynamics password'],
    ['jira_token', 'Jira API token'],
    ['servicenow_password', 'ServiceNow password'],
    ['pagerduty_token', 'PagerDuty API token'],
  ].map(([id, name]) => secret(id, name, 'SecretText', undefined, undefined, now))
  return [
    ...account,
    secret('gcp_sm_key', 'GCP Secret Manager key', 'SecretFile', undefined, undefined, now),
    secret('deploy_ssh_key', 'Deploy SSH key', 'SSHKey', undefined, undefined, now),
    secret('gitlab_token', 'GitLab token', 'SecretText', 'default', undefined, now),
    secret('artifactory_api_key', 'Artifactory API key', 'SecretText', 'default', undefined, now),
    secret('gcp_sa_key', 'GCP service account key', 'SecretFile', 'payments', undefined, now),
    secret(
      'repo_deploy_token',
      'Charts repo deploy token',
      'SecretText',
      'default',
      'cd_platform',
      now,
    ),
  ]
}

function seedTokens(now: number): MockDb['tokens'] {
  const user = (name: string) => ({ type: 'USER', name })
  const tokens: MockDb['tokens'] = [
    {
      uuid: 'tok-1',
      accountId: ACCOUNT_ID,
      name: 'default_token',
      status: 'ACTIVE',
      createdAt: now - 400 * DAY,
      createdByNgUser: user('Harness'),
    },
    {
      uuid: 'tok-2',
      accountId: ACCOUNT_ID,
      name: 'eks_prod_token',
      status: 'ACTIVE',
      createdAt: now - 90 * DAY,
      createdByNgUser: user('Priya Raman'),
    },
    {
      uuid: 'tok-3',
      accountId: ACCOUNT_ID,
      name: 'ci_runners_2026',
      status: 'ACTIVE',
      createdAt: now - 45 * DAY,
      createdByNgUser: user('Marco Rossi'),
      revokeAfter: now + 9 * DAY,
    },
    {
      uuid: 'tok-4',
      accountId: ACCOUNT_ID,
      name: 'legacy_ecs_token',
      status: 'REVOKED',
      createdAt: now - 300 * DAY,
      createdByNgUser: user('Dana Kim'),
    },
    {
      uuid: 'tok-5',
      accountId: ACCOUNT_ID,
      name: 'default_token_payments',
      status: 'ACTIVE',
      createdAt: now - 200 * DAY,
      createdByNgUser: user('Harness'),
      ownerIdentifier: 'payments',
    },
  ]
  for (const token of tokens)
    if (token.status === 'ACTIVE')
      setTokenValue(token.ownerIdentifier, token.name, tokenValueOf(token))
  return tokens
}

function seedDelegates(
  now: number,
  { latest: version, previous, old }: ReturnType<typeof seedVersions>,
): MockDelegateGroup[] {
  const group = (g: Omit<MockDelegateGroup, 'firstHeartbeatAt'>): MockDelegateGroup => ({
    ...g,
    firstHeartbeatAt: now - 30 * DAY,
  })
  return [
    group({
      identifier: 'k8s_prod_east',
      name: 'k8s-prod-east',
      type: 'KUBERNETES',
      tags: ['prod', 'aws', 'eks'],
      tokenName: 'eks_prod_token',
      version,
      description: 'EKS us-east-1 production',
      instances: [
        { uuid: 'd-1a', hostName: 'k8s-prod-east-7c9f8d6b5-2xkqz', version, heartbeat: 'live' },
        { uuid: 'd-1b', hostName: 'k8s-prod-east-7c9f8d6b5-9pl4m', version, heartbeat: 'live' },
      ],
    }),
    group({
      identifier: 'helm_staging',
      name: 'helm-staging',
      type: 'HELM_DELEGATE',
      tags: ['staging'],
      tokenName: 'default_token',
      version,
      instances: [
        { uuid: 'd-2a', hostName: 'helm-staging-0', version, heartbeat: 'live' },
        {
          uuid: 'd-2b',
          hostName: 'helm-staging-1',
          version: previous,
          heartbeat: now - 22 * 60_000,
        },
      ],
    }),
    group({
      identifier: 'docker_build_01',
      name: 'docker-build-01',
      type: 'DOCKER',
      tags: ['ci', 'docker'],
      tokenName: 'ci_runners_2026',
      version: previous,
      // A Docker delegate run without the separate upgrader container.
      autoUpgrade: 'OFF',
      instances: [
        {
          uuid: 'd-3a',
          hostName: 'build-01.acme.internal',
          version: previous,
          heartbeat: now - 3 * DAY,
        },
      ],
    }),
    group({
      identifier: 'ecs_legacy',
      name: 'ecs-legacy',
      type: 'ECS',
      tags: ['legacy'],
      tokenName: 'legacy_ecs_token',
      version: old,
      instances: [
        {
          uuid: 'd-4a',
          hostName: 'ip-10-0-12-7.ec2.internal',
          version: old,
          heartbeat: now - 6 * DAY,
        },
      ],
    }),
  ]
}

/** Past test results that end in the connector's current status. */
function history(
  status: ConnectivityStatus | null,
  now: number,
  random: () => number,
): MockTestRecord[] {
  if (!status) return []
  const records: MockTestRecord[] = []
  const runs = 8 + Math.floor(random() * 5)
  const failingFor = status === 'FAILURE' ? 1 + Math.floor(random() * 4) : 0
  for (let i = runs - 1; i >= 0; i--) {
    const recentFailure = i < failingFor
    const outcome: ConnectivityStatus =
      i === 0 ? status : recentFailure ? 'FAILURE' : random() < 0.08 ? 'FAILURE' : 'SUCCESS'
    records.push({
      testedAt: now - i * 6 * HOUR - Math.floor(random() * HOUR),
      status: outcome,
      durationMs: 300 + Math.floor(random() * 1500),
      errorSummary: outcome === 'FAILURE' ? 'Connection test failed' : undefined,
    })
  }
  return records
}

export function connectorFromSeed(
  seedItem: ConnectorSeed,
  now: number,
  random: () => number,
): MockConnector {
  const records = history(seedItem.status, now, random)
  const last = records.at(-1)
  const lastSuccess = [...records].reverse().find((r) => r.status === 'SUCCESS')
  return {
    history: records,
    response: {
      connector: {
        name: seedItem.name,
        identifier: seedItem.identifier,
        description: seedItem.description ?? '',
        accountIdentifier: ACCOUNT_ID,
        orgIdentifier: seedItem.orgId ?? null,
        projectIdentifier: seedItem.projectId ?? null,
        tags: seedItem.tags ?? {},
        type: seedItem.type,
        spec: seedItem.spec,
      },
      createdAt: now - 120 * DAY + Math.floor(random() * 60 * DAY),
      lastModifiedAt: now - Math.floor(random() * 20 * DAY),
      status: {
        status: seedItem.status ?? 'UNKNOWN',
        testedAt: last?.testedAt ?? null,
        lastTestedAt: last?.testedAt ?? null,
        lastConnectedAt: lastSuccess?.testedAt ?? null,
        errorSummary: null,
        errors: [],
      },
      harnessManaged: false,
      isFavorite: false,
    },
  }
}

/** Thousands of plausible connectors for the large-account benchmark and list tests. */
function bulkConnectors(count: number, now: number, random: () => number): MockConnector[] {
  const types = Object.keys(CATEGORY_BY_TYPE).filter(
    (t) => CATEGORY_BY_TYPE[t as keyof typeof CATEGORY_BY_TYPE] !== 'CLOUD_COST',
  )
  const statuses: (ConnectivityStatus | null)[] = [
    'SUCCESS',
    'SUCCESS',
    'SUCCESS',
    'FAILURE',
    'PARTIAL',
    null,
  ]
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length] as ConnectorSeed['type']
    const id = `${type.toLowerCase()}_${String(i).padStart(4, '0')}`
    return connectorFromSeed(
      {
        identifier: id,
        name: `${type} ${i}`,
        type,
        status: statuses[Math.floor(random() * statuses.length)],
        spec: { url: `https://${type.toLowerCase()}-${i}.example.com` },
      },
      now,
      random,
    )
  })
}

export function seedDb(name: SeedName, now = Date.now()): MockDb {
  const random = prng(42)
  const versions = seedVersions(now)
  const latestDelegateVersion = versions.latest
  const base: MockDb = {
    account: { identifier: ACCOUNT_ID, name: 'Acme Corp', cluster: 'prod1', tier: 'paid' },
    organizations: [
      {
        organization: {
          identifier: 'default',
          name: 'Default',
          description: 'Default organization',
          tags: {},
        },
        createdAt: now - 400 * DAY,
        harnessManaged: true,
      },
      {
        organization: {
          identifier: 'payments',
          name: 'Payments',
          description: 'Payments platform teams',
          tags: { bu: 'fintech' },
        },
        createdAt: now - 200 * DAY,
      },
    ],
    projects: [
      {
        project: {
          orgIdentifier: 'default',
          identifier: 'cd_platform',
          name: 'CD Platform',
          color: '#0063f7',
          modules: ['CD'],
        },
        createdAt: now - 300 * DAY,
        isFavorite: true,
      },
      {
        project: {
          orgIdentifier: 'default',
          identifier: 'ci_builds',
          name: 'CI Builds',
          color: '#1b841d',
          modules: ['CI'],
        },
        createdAt: now - 250 * DAY,
        isFavorite: false,
      },
      {
        project: {
          orgIdentifier: 'payments',
          identifier: 'checkout',
          name: 'Checkout',
          color: '#e43326',
          modules: ['CD', 'CI'],
        },
        createdAt: now - 150 * DAY,
        isFavorite: false,
      },
    ],
    secrets: seedSecrets(now),
    tokens: [],
    delegateGroups: [],
    connectors: [],
    ipAllowlist: [
      '34.82.155.149/32',
      '34.83.94.87/32',
      '35.185.223.128/32',
      '34.168.42.225/32',
      '35.247.99.231/32',
    ],
    latestDelegateVersion,
    versionReleases: versions.releases,
    versionOverrides: [],
    setupUsages: [],
    settings: seedSettings(false),
  }
  if (name === 'empty') {
    // A brand-new account: Harness creates the default token; nothing else yet.
    base.tokens = seedTokens(now).filter((t) => t.name === 'default_token')
    return base
  }
  base.tokens = seedTokens(now)
  base.delegateGroups = seedDelegates(now, versions)
  // Production is pinned to the version it was validated on, for 60 more days.
  base.versionOverrides = [
    {
      tags: ['k8s-prod-east'],
      version: `harness/delegate:${latestDelegateVersion}`,
      validUntil: now + 60 * DAY,
      validTillNextRelease: false,
    },
  ]
  base.connectors = connectorSeeds.map((s) => connectorFromSeed(s, now, random))
  // Stored in the Vault connector (an empty account has none), so vault_prod is in use.
  base.secrets.push(
    secret(
      'prod_db_password',
      'Prod DB password',
      'SecretText',
      undefined,
      undefined,
      now,
      'vault_prod',
    ),
  )
  base.setupUsages = seedSetupUsages(now)
  base.settings = seedSettings(true)
  if (name === 'large') {
    base.connectors.push(...bulkConnectors(5000 - base.connectors.length, now, random))
    const extraTokens = 300 - base.tokens.length
    for (let i = 0; i < extraTokens; i++)
      base.tokens.push({
        uuid: `bulk-${i}`,
        accountId: ACCOUNT_ID,
        name: `bulk_token_${String(i).padStart(3, '0')}`,
        status: i % 7 === 0 ? 'REVOKED' : 'ACTIVE',
        createdAt: now - i * HOUR,
        createdByNgUser: { type: 'USER', name: 'Load Test' },
      })
  }
  return base
}
