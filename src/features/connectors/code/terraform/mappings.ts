import type { ConnectorType } from '@/api/schemas/connector'

import { block, type HclBlock, type HclBody } from './hcl-body'
import type { SpecReader } from './spec-reader'

/**
 * Each connector type's `harness_platform_connector_*` resource, with the argument names of the
 * provider's published docs (harness/terraform-provider-harness, docs/resources/
 * platform_connector_<name>.md, read 2026-12). `execute_on_delegate` is written only where the
 * resource has it; `delegate_selectors` sits at the top unless the resource wants it inside a
 * credentials block (AWS, GCP, GCP KMS, Spot, an inherited Kubernetes cluster).
 */
export interface Mapping {
  resource: string
  /** The resource has a top-level `execute_on_delegate`. */
  executeOnDelegate?: boolean
  /** The mapping puts `delegateSelectors` inside a block itself. */
  selectorsInside?: boolean
  body: (s: SpecReader) => HclBody
}

const resource = (name: string) => `harness_platform_connector_${name}`

/** `username` or `username_ref`, whichever the spec holds. */
const username = (s: SpecReader, at: string) => ({
  username: s.str(`${at}.username`),
  username_ref: s.str(`${at}.usernameRef`),
})

/** Credentials of the repository connectors (GitHub, GitLab, Bitbucket, Azure Repos). */
function repoCredentials(
  s: SpecReader,
  http: Partial<Record<'UsernameToken' | 'UsernamePassword' | 'GithubApp' | 'Anonymous', true>>,
): HclBlock | undefined {
  if (s.is('authentication.type', 'Ssh')) {
    return block({ ssh: block({ ssh_key_ref: s.str('authentication.spec.sshKeyRef') }) })
  }
  if (s.peek('authentication.type') !== 'Http') return undefined
  const at = 'authentication.spec.spec'
  const kind = s.peek('authentication.spec.type')
  let body: HclBody | undefined
  if (kind === 'UsernameToken' && http.UsernameToken) {
    body = { ...username(s, at), token_ref: s.str(`${at}.tokenRef`) }
  } else if (kind === 'UsernamePassword' && http.UsernamePassword) {
    body = { ...username(s, at), password_ref: s.str(`${at}.passwordRef`) }
  } else if (kind === 'GithubApp' && http.GithubApp) {
    body = { github_app: githubApp(s, at) }
  } else if (kind === 'Anonymous' && http.Anonymous) {
    body = { anonymous: block({}) }
  }
  if (!body) return undefined
  s.consume('authentication.type')
  s.consume('authentication.spec.type')
  return block({ http: block(body) })
}

const githubApp = (s: SpecReader, at: string) =>
  block({
    application_id: s.str(`${at}.applicationId`),
    application_id_ref: s.str(`${at}.applicationIdRef`),
    installation_id: s.str(`${at}.installationId`),
    installation_id_ref: s.str(`${at}.installationIdRef`),
    private_key_ref: s.str(`${at}.privateKeyRef`),
  })

/** The API access block: a token (all four) or a GitHub App (GitHub only). */
function apiAuthentication(s: SpecReader, githubAppToo: boolean): HclBlock | undefined {
  if (s.is('apiAccess.type', 'Token')) {
    return block({ token_ref: s.str('apiAccess.spec.tokenRef') })
  }
  if (githubAppToo && s.is('apiAccess.type', 'GithubApp')) {
    return block({ github_app: githubApp(s, 'apiAccess.spec') })
  }
  return undefined
}

const repo =
  (http: Parameters<typeof repoCredentials>[1], githubAppApi = false) =>
  (s: SpecReader): HclBody => ({
    url: s.str('url'),
    connection_type: s.str('type'),
    validation_repo: s.str('validationRepo'),
    credentials: repoCredentials(s, http),
    api_authentication: apiAuthentication(s, githubAppApi),
  })

/** Username and password, or nothing for anonymous access (Docker, Artifactory, Nexus, Helm). */
function userPassword(s: SpecReader): HclBlock | undefined {
  if (s.is('auth.type', 'Anonymous')) return undefined
  if (!s.is('auth.type', 'UsernamePassword')) return undefined
  return block({ ...username(s, 'auth.spec'), password_ref: s.str('auth.spec.passwordRef') })
}

/** The AWS secret managers' credentials: keys, the delegate's role, an STS role, or OIDC. */
function awsSecretCredentials(s: SpecReader, externalId: string): HclBlock {
  return block({
    inherit_from_delegate: s.is('credential.type', 'AssumeIAMRole') ? true : undefined,
    manual: s.is('credential.type', 'ManualConfig')
      ? block({
          access_key_ref: s.str('credential.spec.accessKey'),
          secret_key_ref: s.str('credential.spec.secretKey'),
        })
      : undefined,
    assume_role: s.is('credential.type', 'AssumeSTSRole')
      ? block({
          role_arn: s.str('credential.spec.roleArn'),
          external_id: s.str(`credential.spec.${externalId}`),
          duration: s.num('credential.spec.assumeStsRoleDuration'),
        })
      : undefined,
    oidc_authentication: s.is('credential.type', 'OidcAuthentication')
      ? block({ iam_role_arn: s.str('credential.spec.iamRoleArn') })
      : undefined,
  })
}

const headerBlocks = (s: SpecReader, path: string) =>
  s.list(path, (h) =>
    block({
      key: h.str('key'),
      value: h.str('value'),
      encrypted_value_ref: h.str('encryptedValueRef'),
      value_encrypted: h.bool('valueEncrypted'),
    }),
  )

const gcpOidc = (s: SpecReader, selectors: string[] | undefined) =>
  block({
    workload_pool_id: s.str('credential.spec.workloadPoolId'),
    provider_id: s.str('credential.spec.providerId'),
    gcp_project_id: s.str('credential.spec.gcpProjectId'),
    service_account_email: s.str('credential.spec.serviceAccountEmail'),
    delegate_selectors: selectors,
  })

export const MAPPINGS: Partial<Record<ConnectorType, Mapping>> = {
  // Code repositories
  Github: {
    resource: resource('github'),
    executeOnDelegate: true,
    body: repo({ UsernameToken: true, GithubApp: true, Anonymous: true }, true),
  },
  Gitlab: {
    resource: resource('gitlab'),
    executeOnDelegate: true,
    body: repo({ UsernameToken: true, UsernamePassword: true }),
  },
  Bitbucket: { resource: resource('bitbucket'), body: repo({ UsernamePassword: true }) },
  AzureRepo: {
    resource: resource('azure_repo'),
    executeOnDelegate: true,
    body: repo({ UsernameToken: true }),
  },
  Git: {
    resource: resource('git'),
    executeOnDelegate: true,
    body: (s) => ({
      url: s.str('url'),
      connection_type: s.str('connectionType'),
      validation_repo: s.str('validationRepo'),
      credentials: s.is('type', 'Ssh')
        ? block({ ssh: block({ ssh_key_ref: s.str('spec.sshKeyRef') }) })
        : s.is('type', 'Http')
          ? block({
              http: block({ ...username(s, 'spec'), password_ref: s.str('spec.passwordRef') }),
            })
          : undefined,
    }),
  },

  // Artifact repositories
  DockerRegistry: {
    resource: resource('docker'),
    executeOnDelegate: true,
    body: (s) => ({
      type: s.str('providerType'),
      url: s.str('dockerRegistryUrl'),
      credentials: userPassword(s),
    }),
  },
  Artifactory: {
    resource: resource('artifactory'),
    executeOnDelegate: true,
    body: (s) => ({ url: s.str('artifactoryServerUrl'), credentials: userPassword(s) }),
  },
  Nexus: {
    resource: resource('nexus'),
    body: (s) => ({
      url: s.str('nexusServerUrl'),
      version: s.str('version'),
      credentials: userPassword(s),
    }),
  },
  HttpHelmRepo: {
    resource: resource('helm'),
    body: (s) => ({ url: s.str('helmRepoUrl'), credentials: userPassword(s) }),
  },
  OciHelmRepo: {
    resource: resource('oci_helm'),
    body: (s) => ({ url: s.str('helmRepoUrl'), credentials: userPassword(s) }),
  },
  Jenkins: {
    resource: resource('jenkins'),
    body: (s) => {
      const type = s.str('auth.type')
      return {
        jenkins_url: s.str('jenkinsUrl'),
        auth: type
          ? block({
              type,
              jenkins_user_name_password:
                type === 'UsernamePassword'
                  ? block({
                      ...username(s, 'auth.spec'),
                      password_ref: s.str('auth.spec.passwordRef'),
                    })
                  : undefined,
              jenkins_bearer_token:
                type === 'Bearer Token(HTTP Header)'
                  ? block({ token_ref: s.str('auth.spec.tokenRef') })
                  : undefined,
            })
          : undefined,
      }
    },
  },
  AzureArtifacts: {
    resource: resource('azure_artifacts'),
    body: (s) => ({
      url: s.str('azureArtifactsUrl'),
      credentials: s.is('auth.spec.type', 'PersonalAccessToken')
        ? block({ token_ref: s.str('auth.spec.spec.tokenRef') })
        : undefined,
    }),
  },

  // Cloud providers and clusters
  Aws: {
    resource: resource('aws'),
    executeOnDelegate: true,
    selectorsInside: true,
    body: (s) => {
      const common = () => ({
        delegate_selectors: s.strings('delegateSelectors'),
        region: s.str('credential.region'),
      })
      return {
        inherit_from_delegate: s.is('credential.type', 'InheritFromDelegate')
          ? block(common())
          : undefined,
        irsa: s.is('credential.type', 'Irsa') ? block(common()) : undefined,
        manual: s.is('credential.type', 'ManualConfig')
          ? block({
              access_key: s.str('credential.spec.accessKey'),
              access_key_ref: s.str('credential.spec.accessKeyRef'),
              secret_key_ref: s.str('credential.spec.secretKeyRef'),
              session_token_ref: s.str('credential.spec.sessionTokenRef'),
              ...common(),
            })
          : undefined,
        oidc_authentication: s.is('credential.type', 'OidcAuthentication')
          ? block({ iam_role_arn: s.str('credential.spec.iamRoleArn'), ...common() })
          : undefined,
        cross_account_access: s.str('credential.crossAccountAccess.crossAccountRoleArn')
          ? block({
              role_arn: s.str('credential.crossAccountAccess.crossAccountRoleArn'),
              external_id: s.str('credential.crossAccountAccess.externalId'),
            })
          : undefined,
      }
    },
  },
  Gcp: {
    resource: resource('gcp'),
    executeOnDelegate: true,
    selectorsInside: true,
    body: (s) => {
      const selectors = () => s.strings('delegateSelectors')
      return {
        inherit_from_delegate: s.is('credential.type', 'InheritFromDelegate')
          ? block({ delegate_selectors: selectors() })
          : undefined,
        manual: s.is('credential.type', 'ManualConfig')
          ? block({
              secret_key_ref: s.str('credential.spec.secretKeyRef'),
              delegate_selectors: selectors(),
            })
          : undefined,
        oidc_authentication: s.is('credential.type', 'OidcAuthentication')
          ? gcpOidc(s, selectors())
          : undefined,
      }
    },
  },
  Azure: {
    resource: resource('azure_cloud_provider'),
    executeOnDelegate: true,
    body: (s) => {
      const type = s.str('credential.type')
      const authType = s.str('credential.spec.auth.type')
      return {
        azure_environment_type: s.str('azureEnvironmentType'),
        credentials: block({
          type,
          azure_manual_details:
            type === 'ManualConfig'
              ? block({
                  application_id: s.str('credential.spec.applicationId'),
                  tenant_id: s.str('credential.spec.tenantId'),
                  auth: block({
                    type: authType,
                    azure_client_secret_key:
                      authType === 'Secret'
                        ? block({ secret_ref: s.str('credential.spec.auth.spec.secretRef') })
                        : undefined,
                    azure_client_key_cert:
                      authType === 'Certificate'
                        ? block({
                            certificate_ref: s.str('credential.spec.auth.spec.certificateRef'),
                          })
                        : undefined,
                  }),
                })
              : undefined,
          azure_inherit_from_delegate_details:
            type === 'InheritFromDelegate'
              ? block({
                  auth: block({
                    type: authType,
                    azure_msi_auth_ua:
                      authType === 'UserAssignedManagedIdentity'
                        ? block({ client_id: s.str('credential.spec.auth.spec.clientId') })
                        : undefined,
                  }),
                })
              : undefined,
          azure_oidc_spec:
            type === 'OidcAuthentication'
              ? block({
                  application_id: s.str('credential.spec.applicationId'),
                  tenant_id: s.str('credential.spec.tenantId'),
                  audience: s.str('credential.spec.audience'),
                })
              : undefined,
        }),
      }
    },
  },
  K8sCluster: {
    resource: resource('kubernetes'),
    selectorsInside: true,
    body: (s) => {
      if (s.is('credential.type', 'InheritFromDelegate')) {
        return {
          inherit_from_delegate: block({ delegate_selectors: s.strings('delegateSelectors') }),
        }
      }
      const at = 'credential.spec.auth.spec'
      const master = () => s.str('credential.spec.masterUrl')
      const manual = s.is('credential.type', 'ManualConfig')
      return {
        delegate_selectors: s.strings('delegateSelectors'),
        service_account:
          manual && s.is('credential.spec.auth.type', 'ServiceAccount')
            ? block({
                master_url: master(),
                service_account_token_ref: s.str(`${at}.serviceAccountTokenRef`),
                ca_cert_ref: s.str(`${at}.caCertRef`),
              })
            : undefined,
        username_password:
          manual && s.is('credential.spec.auth.type', 'UsernamePassword')
            ? block({
                master_url: master(),
                ...username(s, at),
                password_ref: s.str(`${at}.passwordRef`),
              })
            : undefined,
        client_key_cert:
          manual && s.is('credential.spec.auth.type', 'ClientKeyCert')
            ? block({
                master_url: master(),
                client_cert_ref: s.str(`${at}.clientCertRef`),
                client_key_ref: s.str(`${at}.clientKeyRef`),
                client_key_passphrase_ref: s.str(`${at}.clientKeyPassphraseRef`),
                client_key_algorithm: s.str(`${at}.clientKeyAlgo`),
                ca_cert_ref: s.str(`${at}.caCertRef`),
              })
            : undefined,
        openid_connect:
          manual && s.is('credential.spec.auth.type', 'OpenIdConnect')
            ? block({
                master_url: master(),
                issuer_url: s.str(`${at}.oidcIssuerUrl`),
                username: s.str(`${at}.oidcUsername`),
                username_ref: s.str(`${at}.oidcUsernameRef`),
                client_id_ref: s.str(`${at}.oidcClientIdRef`),
                password_ref: s.str(`${at}.oidcPasswordRef`),
                secret_ref: s.str(`${at}.oidcSecretRef`),
                // The Manager keeps scopes as one comma-separated string; the provider, a list.
                scopes: s
                  .str(`${at}.oidcScopes`)
                  ?.split(',')
                  .map((scope) => scope.trim())
                  .filter(Boolean),
              })
            : undefined,
      }
    },
  },
  Rancher: {
    resource: resource('rancher'),
    body: (s) => {
      s.consume('credential.type')
      return {
        rancher_url: s.str('credential.spec.rancherUrl'),
        bearer_token: s.is('credential.spec.auth.type', 'BearerToken')
          ? block({ bearer_token_ref: s.str('credential.spec.auth.spec.passwordRef') })
          : undefined,
      }
    },
  },
  Pdc: {
    resource: resource('pdc'),
    body: (s) => ({
      host: s.list('hosts', (h) =>
        block({ hostname: h.str('hostname'), attributes: h.map('hostAttributes') }),
      ),
    }),
  },
  Tas: {
    resource: resource('tas'),
    executeOnDelegate: true,
    body: (s) => ({
      credentials: block({
        type: s.str('credential.type'),
        tas_manual_details: block({
          endpoint_url: s.str('credential.spec.endpointUrl'),
          ...username(s, 'credential.spec'),
          password_ref: s.str('credential.spec.passwordRef'),
        }),
      }),
    }),
  },
  Spot: {
    resource: resource('spot'),
    selectorsInside: true,
    body: (s) => ({
      permanent_token: s.is('credential.type', 'PermanentTokenConfig')
        ? block({
            spot_account_id: s.str('credential.spec.spotAccountId'),
            spot_account_id_ref: s.str('credential.spec.spotAccountIdRef'),
            api_token_ref: s.str('credential.spec.apiTokenRef'),
            delegate_selectors: s.strings('delegateSelectors'),
            execute_on_delegate: s.bool('executeOnDelegate'),
          })
        : undefined,
    }),
  },
  TerraformCloud: {
    resource: resource('terraform_cloud'),
    executeOnDelegate: true,
    body: (s) => ({
      url: s.str('terraformCloudUrl'),
      credentials: s.is('credential.type', 'ApiToken')
        ? block({ api_token: block({ api_token_ref: s.str('credential.spec.apiToken') }) })
        : undefined,
    }),
  },
  JDBC: {
    resource: resource('jdbc'),
    body: (s) => {
      const type = s.str('auth.type')
      return {
        url: s.str('url'),
        credentials: block({
          auth_type: type,
          username_password:
            type === 'UsernamePassword'
              ? block({ ...username(s, 'auth.spec'), password_ref: s.str('auth.spec.passwordRef') })
              : undefined,
          service_account:
            type === 'ServiceAccount'
              ? block({ token_ref: s.str('auth.spec.serviceAccountTokenRef') })
              : undefined,
        }),
      }
    },
  },

  // Secret managers
  Vault: {
    resource: resource('vault'),
    executeOnDelegate: true,
    body: (s) => ({
      vault_url: s.str('vaultUrl'),
      base_path: s.str('basePath'),
      namespace: s.str('namespace'),
      access_type: s.str('accessType'),
      auth_token: s.str('authToken'),
      app_role_id: s.str('appRoleId'),
      secret_id: s.str('secretId'),
      renew_app_role_token: s.bool('renewAppRoleToken'),
      use_vault_agent: s.bool('useVaultAgent'),
      sink_path: s.str('sinkPath'),
      use_aws_iam: s.bool('useAwsIam'),
      aws_region: s.str('awsRegion'),
      vault_aws_iam_role: s.str('vaultAwsIamRole'),
      xvault_aws_iam_server_id: s.str('xvaultAwsIamServerId'),
      use_k8s_auth: s.bool('useK8sAuth'),
      vault_k8s_auth_role: s.str('vaultK8sAuthRole'),
      service_account_token_path: s.str('serviceAccountTokenPath'),
      k8s_auth_endpoint: s.str('k8sAuthEndpoint'),
      use_jwt_auth: s.bool('useJwtAuth'),
      vault_jwt_auth_role: s.str('vaultJwtAuthRole'),
      vault_jwt_auth_path: s.str('vaultJwtAuthPath'),
      secret_engine_manually_configured: s.bool('secretEngineManuallyConfigured'),
      secret_engine_name: s.str('secretEngineName'),
      secret_engine_version: s.num('secretEngineVersion'),
      renewal_interval_minutes: s.num('renewalIntervalMinutes'),
      read_only: s.bool('readOnly'),
      default: s.bool('default'),
    }),
  },
  AwsSecretManager: {
    resource: resource('aws_secret_manager'),
    executeOnDelegate: true,
    body: (s) => ({
      region: s.str('region'),
      secret_name_prefix: s.str('secretNamePrefix'),
      use_put_secret: s.bool('usePutSecret'),
      default: s.bool('default'),
      credentials: awsSecretCredentials(s, 'externalId'),
    }),
  },
  AwsKms: {
    resource: resource('awskms'),
    executeOnDelegate: true,
    body: (s) => ({
      arn_ref: s.str('kmsArn'),
      region: s.str('region'),
      default: s.bool('default'),
      credentials: awsSecretCredentials(s, 'externalName'),
    }),
  },
  GcpSecretManager: {
    resource: resource('gcp_secret_manager'),
    executeOnDelegate: true,
    body: (s) => ({
      credentials_ref: s.str('credentialsRef'),
      inherit_from_delegate: s.bool('assumeCredentialsOnDelegate'),
      is_default: s.bool('default') ?? s.bool('isDefault'),
    }),
  },
  AzureKeyVault: {
    resource: resource('azure_key_vault'),
    body: (s) => ({
      vault_name: s.str('vaultName'),
      subscription: s.str('subscription'),
      azure_environment_type: s.str('azureEnvironmentType'),
      client_id: s.str('clientId'),
      tenant_id: s.str('tenantId'),
      secret_key: s.str('secretKey'),
      use_managed_identity: s.bool('useManagedIdentity'),
      azure_managed_identity_type: s.str('azureManagedIdentityType'),
      managed_client_id: s.str('managedClientId'),
      enable_purge: s.bool('enablePurge'),
      is_default: s.bool('default') ?? s.bool('isDefault'),
    }),
  },
  GcpKms: {
    resource: resource('gcp_kms'),
    executeOnDelegate: true,
    selectorsInside: true,
    body: (s) => ({
      gcp_project_id: s.str('projectId'),
      region: s.str('region'),
      key_ring: s.str('keyRing'),
      key_name: s.str('keyName'),
      default: s.bool('default'),
      manual: block({
        credentials: s.str('credentials'),
        delegate_selectors: s.strings('delegateSelectors'),
      }),
    }),
  },
  CustomSecretManager: {
    resource: resource('custom_secret_manager'),
    body: (s) => ({
      template_ref: s.str('template.templateRef'),
      version_label: s.str('template.versionLabel'),
      on_delegate: s.bool('onDelegate'),
      target_host: s.str('host'),
      working_directory: s.str('workingDirectory'),
      ssh_secret_ref: s.str('connectorRef'),
      timeout: s.num('timeout'),
    }),
  },

  // Observability
  Prometheus: {
    resource: resource('prometheus'),
    body: (s) => ({
      url: s.str('url'),
      user_name: s.str('username'),
      password_ref: s.str('passwordRef'),
      headers: headerBlocks(s, 'headers'),
    }),
  },
  Datadog: {
    resource: resource('datadog'),
    body: (s) => ({
      url: s.str('url'),
      api_key_ref: s.str('apiKeyRef'),
      application_key_ref: s.str('applicationKeyRef'),
    }),
  },
  Splunk: {
    resource: resource('splunk'),
    body: (s) => ({
      url: s.str('splunkUrl'),
      account_id: s.str('accountId'),
      username_password: s.is('type', 'UsernamePassword')
        ? block({ username: s.str('username'), password_ref: s.str('passwordRef') })
        : undefined,
      bearer_token: s.is('type', 'Bearer Token(HTTP Header)')
        ? block({ bearer_token_ref: s.str('tokenRef') })
        : undefined,
      hec_token: s.is('type', 'HECToken') ? block({ hec_token_ref: s.str('tokenRef') }) : undefined,
      no_authentication: s.is('type', 'Anonymous') ? block({}) : undefined,
    }),
  },
  NewRelic: {
    resource: resource('newrelic'),
    body: (s) => ({
      url: s.str('url'),
      account_id: s.str('newRelicAccountId'),
      api_key_ref: s.str('apiKeyRef'),
    }),
  },
  AppDynamics: {
    resource: resource('appdynamics'),
    body: (s) => ({
      url: s.str('controllerUrl'),
      account_name: s.str('accountname'),
      username_password: s.is('authType', 'UsernamePassword')
        ? block({ username: s.str('username'), password_ref: s.str('passwordRef') })
        : undefined,
      api_token: s.is('authType', 'ApiClientToken')
        ? block({ client_id: s.str('clientId'), client_secret_ref: s.str('clientSecretRef') })
        : undefined,
    }),
  },
  Dynatrace: {
    resource: resource('dynatrace'),
    body: (s) => ({ url: s.str('url'), api_token_ref: s.str('apiTokenRef') }),
  },
  ElasticSearch: {
    resource: resource('elasticsearch'),
    body: (s) => ({
      url: s.str('url'),
      username_password: s.is('authType', 'UsernamePassword')
        ? block({ username: s.str('username'), password_ref: s.str('passwordRef') })
        : undefined,
      api_token: s.is('authType', 'ApiClientToken')
        ? block({ client_id: s.str('apiKeyId'), client_secret_ref: s.str('apiKeyRef') })
        : undefined,
      no_authentication: s.is('authType', 'None') ? block({}) : undefined,
    }),
  },
  SumoLogic: {
    resource: resource('sumologic'),
    body: (s) => ({
      url: s.str('url'),
      access_id_ref: s.str('accessIdRef'),
      access_key_ref: s.str('accessKeyRef'),
    }),
  },
  CustomHealth: {
    resource: resource('customhealthsource'),
    body: (s) => ({
      url: s.str('baseURL'),
      method: s.str('method'),
      validation_path: s.str('validationPath'),
      validation_body: s.str('validationBody'),
      headers: headerBlocks(s, 'headers'),
      params: headerBlocks(s, 'params'),
    }),
  },

  // Ticketing and paging
  Jira: {
    resource: resource('jira'),
    body: (s) => {
      const type = s.str('auth.type')
      return {
        url: s.str('jiraUrl'),
        auth: block({
          auth_type: type,
          username_password:
            type === 'UsernamePassword'
              ? block({ ...username(s, 'auth.spec'), password_ref: s.str('auth.spec.passwordRef') })
              : undefined,
          personal_access_token:
            type === 'PersonalAccessToken'
              ? block({ pat_ref: s.str('auth.spec.patRef') })
              : undefined,
        }),
      }
    },
  },
  ServiceNow: {
    resource: resource('service_now'),
    body: (s) => {
      const type = s.str('auth.type')
      const at = 'auth.spec'
      return {
        service_now_url: s.str('serviceNowUrl'),
        auth: block({
          auth_type: type,
          username_password:
            type === 'UsernamePassword'
              ? block({ ...username(s, at), password_ref: s.str(`${at}.passwordRef`) })
              : undefined,
          adfs:
            type === 'AdfsClientCredentialsWithCertificate'
              ? block({
                  adfs_url: s.str(`${at}.adfsUrl`),
                  certificate_ref: s.str(`${at}.certificateRef`),
                  client_id_ref: s.str(`${at}.clientIdRef`),
                  private_key_ref: s.str(`${at}.privateKeyRef`),
                  resource_id_ref: s.str(`${at}.resourceIdRef`),
                })
              : undefined,
          refresh_token:
            type === 'RefreshTokenGrantType'
              ? block({
                  token_url: s.str(`${at}.tokenUrl`),
                  client_id_ref: s.str(`${at}.clientIdRef`),
                  client_secret_ref: s.str(`${at}.clientSecretRef`),
                  refresh_token_ref: s.str(`${at}.refreshTokenRef`),
                  scope: s.str(`${at}.scope`),
                })
              : undefined,
        }),
      }
    },
  },
  PagerDuty: {
    resource: resource('pagerduty'),
    body: (s) => ({ api_token_ref: s.str('apiTokenRef') }),
  },
}

/**
 * Types with no `harness_platform_connector_*` resource in the provider's docs, or with one the
 * console does not map yet (the cloud-cost connectors, which the console cannot create either).
 */
export const NOT_MAPPED: Partial<Record<ConnectorType, string>> = {
  CEAws:
    'The console does not write Terraform for cloud-cost connectors yet; the provider’s resource is harness_platform_connector_awscc.',
  CEAzure:
    'The console does not write Terraform for cloud-cost connectors yet; the provider’s resource is harness_platform_connector_azure_cloud_cost.',
  GcpCloudCost:
    'The console does not write Terraform for cloud-cost connectors yet; the provider’s resource is harness_platform_connector_gcp_cloud_cost.',
  CEK8sCluster:
    'The console does not write Terraform for cloud-cost connectors yet; the provider’s resource is harness_platform_connector_kubernetes_cloud_cost.',
}
