import type { ConnectorType, ConnectivityStatus } from '@/api/schemas/connector'

/** A seeded connector: where it lives, its type and spec, and the outcome its last test had. */
export interface ConnectorSeed {
  identifier: string
  name: string
  type: ConnectorType
  orgId?: string
  projectId?: string
  description?: string
  tags?: Record<string, string>
  spec: Record<string, unknown>
  /** null = never tested (Unconfigured). Outcomes follow the sentinel rules in sentinels.ts. */
  status: ConnectivityStatus | null
}

const http = (type: string, spec: Record<string, unknown>) => ({
  type: 'Http',
  spec: { type, spec },
})

/** About 25 connectors across the six categories, with mixed health, at all three scopes. */
export const connectorSeeds: ConnectorSeed[] = [
  // Code
  {
    identifier: 'github_acme',
    name: 'GitHub acme',
    type: 'Github',
    status: 'SUCCESS',
    tags: { team: 'platform' },
    description: 'Organization-wide GitHub access for pipelines',
    spec: {
      url: 'https://github.com/acme',
      type: 'Account',
      validationRepo: 'acme/payments-api',
      authentication: http('UsernameToken', {
        username: 'acme-bot',
        tokenRef: 'account.github_pat',
      }),
      apiAccess: { type: 'Token', spec: { tokenRef: 'account.github_pat' } },
      executeOnDelegate: false,
    },
  },
  {
    identifier: 'gitlab_infra',
    name: 'GitLab infra',
    type: 'Gitlab',
    status: 'SUCCESS',
    orgId: 'default',
    spec: {
      url: 'https://gitlab.com/acme-infra',
      type: 'Account',
      validationRepo: 'acme-infra/terraform',
      authentication: http('UsernameToken', {
        username: 'infra-bot',
        tokenRef: 'org.gitlab_token',
      }),
      delegateSelectors: ['prod'],
      executeOnDelegate: true,
    },
  },
  {
    identifier: 'bitbucket_legacy',
    name: 'Bitbucket legacy',
    type: 'Bitbucket',
    status: 'FAILURE',
    spec: {
      url: 'https://bitbucket.acme-corp.invalid/scm',
      type: 'Account',
      validationRepo: 'ops/ansible',
      authentication: http('UsernamePassword', {
        username: 'svc-ci',
        passwordRef: 'account.bitbucket_password',
      }),
      executeOnDelegate: true,
    },
  },
  {
    identifier: 'git_charts',
    name: 'Helm charts repo',
    type: 'Git',
    status: 'SUCCESS',
    orgId: 'default',
    projectId: 'cd_platform',
    spec: {
      url: 'https://git.acme.io/platform/charts.git',
      connectionType: 'Repo',
      branchName: 'main',
      type: 'Http',
      spec: { username: 'deploy', passwordRef: 'repo_deploy_token' },
      executeOnDelegate: true,
    },
  },
  {
    identifier: 'azure_repos',
    name: 'Azure Repos',
    type: 'AzureRepo',
    status: null,
    spec: {
      // A Project connection names its project in the URL: AzureRepoConfig has no
      // validationProject ([SRC] @harnessio/react-ng-manager-v2-client AzureRepoConfig).
      url: 'https://dev.azure.com/acme/Payments',
      type: 'Project',
      validationRepo: 'checkout',
      // In the API type, not in the form: an edit must keep it.
      ignoreTestConnection: false,
      authentication: http('UsernameToken', {
        username: 'acme',
        tokenRef: 'account.azure_devops_pat',
      }),
      executeOnDelegate: false,
    },
  },
  // Artifacts
  {
    identifier: 'dockerhub',
    name: 'Docker Hub',
    type: 'DockerRegistry',
    status: 'SUCCESS',
    spec: {
      dockerRegistryUrl: 'https://index.docker.io/v2/',
      providerType: 'DockerHub',
      auth: {
        type: 'UsernamePassword',
        spec: { username: 'acmebuild', passwordRef: 'account.dockerhub_token' },
      },
      executeOnDelegate: false,
    },
  },
  {
    identifier: 'artifactory_prod',
    name: 'Artifactory',
    type: 'Artifactory',
    status: 'SUCCESS',
    orgId: 'default',
    spec: {
      artifactoryServerUrl: 'https://acme.jfrog.io/artifactory',
      auth: {
        type: 'UsernamePassword',
        spec: { username: 'ci-reader', passwordRef: 'org.artifactory_api_key' },
      },
      delegateSelectors: ['prod'],
    },
  },
  {
    identifier: 'nexus_internal',
    name: 'Nexus internal',
    type: 'Nexus',
    status: 'FAILURE',
    spec: {
      nexusServerUrl: 'https://nexus.corp.invalid:8081',
      version: '3.x',
      auth: {
        type: 'UsernamePassword',
        spec: { username: 'deployer', passwordRef: 'account.nexus_password' },
      },
    },
  },
  {
    identifier: 'bitnami_charts',
    name: 'Bitnami Helm',
    type: 'HttpHelmRepo',
    status: 'SUCCESS',
    orgId: 'payments',
    spec: { helmRepoUrl: 'https://charts.bitnami.com/bitnami', auth: { type: 'Anonymous' } },
  },
  {
    identifier: 'jenkins_ci',
    name: 'Jenkins CI',
    type: 'Jenkins',
    status: 'FAILURE',
    spec: {
      jenkinsUrl: 'https://jenkins.acme.io',
      auth: {
        type: 'UsernamePassword',
        spec: { username: 'harness', passwordRef: 'account.jenkins_token' },
      },
      delegateSelectors: ['ci'],
    },
  },
  // Cloud
  {
    identifier: 'aws_prod',
    name: 'AWS production',
    type: 'Aws',
    status: 'SUCCESS',
    tags: { env: 'prod' },
    spec: {
      credential: { type: 'InheritFromDelegate', region: 'us-east-1' },
      delegateSelectors: ['prod'],
      executeOnDelegate: true,
    },
  },
  {
    identifier: 'aws_sandbox',
    name: 'AWS sandbox',
    type: 'Aws',
    status: 'FAILURE',
    orgId: 'default',
    projectId: 'ci_builds',
    spec: {
      credential: {
        type: 'ManualConfig',
        spec: { accessKey: 'AKIAIOSFODNN7EXAMPLE', secretKeyRef: 'aws_sandbox_secret' },
        region: 'eu-west-1',
      },
      executeOnDelegate: false,
    },
  },
  {
    identifier: 'gcp_analytics',
    name: 'GCP analytics',
    type: 'Gcp',
    status: 'SUCCESS',
    orgId: 'payments',
    spec: {
      credential: { type: 'ManualConfig', spec: { secretKeyRef: 'org.gcp_sa_key' } },
      executeOnDelegate: false,
    },
  },
  {
    identifier: 'azure_payments',
    name: 'Azure payments',
    type: 'Azure',
    status: 'PARTIAL',
    orgId: 'payments',
    projectId: 'checkout',
    spec: {
      azureEnvironmentType: 'AZURE',
      credential: {
        type: 'ManualConfig',
        spec: {
          applicationId: 'b2f1c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
          tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
          auth: { type: 'Secret', spec: { secretRef: 'account.azure_client_secret' } },
        },
      },
      executeOnDelegate: false,
    },
  },
  {
    identifier: 'eks_prod',
    name: 'EKS prod cluster',
    type: 'K8sCluster',
    status: 'SUCCESS',
    orgId: 'default',
    projectId: 'cd_platform',
    spec: { credential: { type: 'InheritFromDelegate' }, delegateSelectors: ['eks'] },
  },
  {
    identifier: 'onprem_k8s',
    name: 'On-prem Kubernetes',
    type: 'K8sCluster',
    status: null,
    spec: {
      credential: {
        type: 'ManualConfig',
        spec: {
          masterUrl: 'https://k8s.dc1.acme.io:6443',
          auth: {
            type: 'ServiceAccount',
            spec: { serviceAccountTokenRef: 'account.k8s_sa_token' },
          },
        },
      },
      delegateSelectors: ['staging'],
    },
  },
  // Secrets
  {
    identifier: 'vault_prod',
    name: 'HashiCorp Vault',
    type: 'Vault',
    status: 'SUCCESS',
    spec: {
      vaultUrl: 'https://vault.acme.io:8200',
      basePath: 'harness',
      accessType: 'APP_ROLE',
      appRoleId: 'harness-role',
      secretId: 'account.vault_secret_id',
      renewalIntervalMinutes: 60,
      secretEngineName: 'secret',
      secretEngineVersion: 2,
      delegateSelectors: ['prod'],
    },
  },
  {
    identifier: 'aws_secrets',
    name: 'AWS Secrets Manager',
    type: 'AwsSecretManager',
    status: 'SUCCESS',
    orgId: 'payments',
    spec: {
      region: 'us-east-1',
      credential: { type: 'AssumeIAMRole' },
      secretNamePrefix: 'harness/',
      delegateSelectors: ['aws'],
    },
  },
  {
    identifier: 'gcp_secrets',
    name: 'GCP Secret Manager',
    type: 'GcpSecretManager',
    status: null,
    spec: { credentialsRef: 'account.gcp_sm_key', assumeCredentialsOnDelegate: false },
  },
  {
    identifier: 'azure_key_vault',
    name: 'Azure Key Vault',
    type: 'AzureKeyVault',
    status: 'FAILURE',
    spec: {
      vaultName: 'acme-kv',
      subscription: '0f8fad5b-d9cb-469f-a165-70867728950e',
      tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      clientId: '6f1a3b2c-9d8e-4f7a-b6c5-d4e3f2a1b0c9',
      secretKey: 'account.missing_kv_secret',
      azureEnvironmentType: 'AZURE',
    },
  },
  // Observability
  {
    identifier: 'prometheus',
    name: 'Prometheus',
    type: 'Prometheus',
    status: 'SUCCESS',
    orgId: 'default',
    projectId: 'cd_platform',
    spec: {
      url: 'http://prometheus.monitoring.svc:9090/',
      headers: [],
      delegateSelectors: ['prod'],
    },
  },
  {
    identifier: 'datadog',
    name: 'Datadog',
    type: 'Datadog',
    status: 'FAILURE',
    spec: {
      url: 'https://app.datadoghq.com/api/',
      apiKeyRef: 'account.datadog_api_key',
      applicationKeyRef: 'account.datadog_app_key_old',
    },
  },
  {
    identifier: 'splunk_cloud',
    name: 'Splunk Cloud',
    type: 'Splunk',
    status: 'SUCCESS',
    spec: {
      splunkUrl: 'https://acme.splunkcloud.com:8089',
      accountId: 'px7xd_BFRCi-pfWPYXVjvw',
      type: 'UsernamePassword',
      username: 'harness',
      passwordRef: 'account.splunk_password',
    },
  },
  {
    identifier: 'newrelic',
    name: 'New Relic',
    type: 'NewRelic',
    status: null,
    orgId: 'payments',
    spec: {
      url: 'https://insights-api.newrelic.com/',
      newRelicAccountId: '1234567',
      apiKeyRef: 'account.newrelic_key',
    },
  },
  {
    identifier: 'appdynamics',
    name: 'AppDynamics',
    type: 'AppDynamics',
    status: 'SUCCESS',
    spec: {
      controllerUrl: 'https://acme.saas.appdynamics.com',
      accountname: 'acme',
      authType: 'UsernamePassword',
      username: 'harness',
      passwordRef: 'account.appd_password',
    },
  },
  // Collaboration
  {
    identifier: 'jira_cloud',
    name: 'Jira Cloud',
    type: 'Jira',
    status: 'SUCCESS',
    spec: {
      jiraUrl: 'https://acme.atlassian.net/',
      auth: {
        type: 'UsernamePassword',
        spec: { username: 'release-bot@acme.io', passwordRef: 'account.jira_token' },
      },
    },
  },
  {
    identifier: 'servicenow',
    name: 'ServiceNow',
    type: 'ServiceNow',
    status: 'SUCCESS',
    orgId: 'default',
    spec: {
      serviceNowUrl: 'https://acme.service-now.com',
      auth: {
        type: 'UsernamePassword',
        spec: { username: 'harness.integration', passwordRef: 'account.servicenow_password' },
      },
    },
  },
  {
    identifier: 'pagerduty',
    name: 'PagerDuty',
    type: 'PagerDuty',
    status: null,
    orgId: 'payments',
    projectId: 'checkout',
    spec: { apiTokenRef: 'account.pagerduty_token' },
  },
  {
    // Slack: a bot user token (apiAccessType TOKEN); SlackConnector has no delegateSelectors.
    // Its secret was never created, so the last test failed authentication (sentinels.ts rule 2).
    identifier: 'slack_releases',
    name: 'Slack releases',
    type: 'Slack',
    status: 'FAILURE',
    tags: { team: 'platform' },
    description: 'Release notifications to #releases; the bot token secret is still to be created',
    spec: { apiAccessType: 'TOKEN', botUserTokenRef: 'account.slack_bot_token' },
  },
  {
    // A Custom Health connector authenticated by an encrypted header, as the console advises for
    // Bugsnag and Logz.io: editing it shows the header rows with the secret picked.
    identifier: 'events_api_health',
    name: 'Events API (Custom Health)',
    type: 'CustomHealth',
    status: 'SUCCESS',
    description: "Datadog's API through a Custom Health connector, its key in an encrypted header",
    spec: {
      baseURL: 'https://api.datadoghq.com/',
      headers: [
        { key: 'DD-API-KEY', encryptedValueRef: 'account.datadog_api_key', valueEncrypted: true },
        { key: 'Accept', value: 'application/json', valueEncrypted: false },
      ],
      params: [],
      method: 'GET',
      validationPath: 'api/v1/validate',
      delegateSelectors: [],
    },
  },
]
