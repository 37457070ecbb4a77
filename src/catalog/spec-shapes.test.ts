import { getProvider } from './index'
import { sampleValues } from './samples'
import { connectorHosts, toConnectorInfo } from './to-api'
import { providerSchema } from './to-zod'
import type { ProviderValues } from './types'

const scope = { accountId: 'acc', orgId: 'default', projectId: 'proj' }

describe('spec shapes (REFERENCE §6)', () => {
  const build = (id: string, method?: string, extra: Partial<ProviderValues> = {}) => {
    const provider = getProvider(id)
    const values = providerSchema(id).parse({ ...sampleValues(provider, method), ...extra })
    return toConnectorInfo(provider, values, scope)
  }

  it('Github: Http/UsernameToken with apiAccess, platform mode', () => {
    const info = build('github', 'token', {
      url: 'https://github.com/acme',
      urlType: 'Account',
      validationRepo: 'acme/app',
      username: 'bot',
      tokenRef: 'account.gh_pat',
      apiAccessTokenRef: 'account.gh_pat',
      connectivityMode: 'platform',
      delegateSelectors: [],
    })
    expect(info).toMatchObject({
      type: 'Github',
      orgIdentifier: 'default',
      projectIdentifier: 'proj',
    })
    expect(info.spec).toEqual({
      url: 'https://github.com/acme',
      type: 'Account',
      validationRepo: 'acme/app',
      authentication: {
        type: 'Http',
        spec: { type: 'UsernameToken', spec: { username: 'bot', tokenRef: 'account.gh_pat' } },
      },
      apiAccess: { type: 'Token', spec: { tokenRef: 'account.gh_pat' } },
      delegateSelectors: [],
      executeOnDelegate: false,
    })
  })

  it('Github: SSH key', () => {
    const spec = build('github', 'ssh', {
      sshUrl: 'git@github.com:acme',
      apiAccessTokenRef: '',
    }).spec
    expect(spec.authentication).toEqual({
      type: 'Ssh',
      spec: { sshKeyRef: 'account.sshKeyRef_secret' },
    })
    expect(spec.apiAccess).toBeUndefined()
  })

  it('DockerRegistry: UsernamePassword and Anonymous', () => {
    const spec = build('docker-registry', 'username-password', {
      username: 'u',
      passwordRef: 'org.pw',
    }).spec
    expect(spec).toMatchObject({
      dockerRegistryUrl: 'https://svc.example.com/api',
      providerType: 'DockerHub',
      auth: { type: 'UsernamePassword', spec: { username: 'u', passwordRef: 'org.pw' } },
      executeOnDelegate: true,
      delegateSelectors: ['primary'],
    })
    expect(build('docker-registry', 'anonymous').spec.auth).toEqual({ type: 'Anonymous' })
  })

  it('Aws: ManualConfig and InheritFromDelegate', () => {
    const manual = build('aws', 'access-key', {
      accessKey: 'AKIA1',
      secretKeyRef: 'aws_sk',
      region: 'us-east-1',
    })
    expect(manual.spec.credential).toEqual({
      type: 'ManualConfig',
      spec: { accessKey: 'AKIA1', secretKeyRef: 'aws_sk' },
      region: 'us-east-1',
      crossAccountAccess: {
        crossAccountRoleArn: 'sample_crossAccountRoleArn',
        externalId: 'sample_externalId',
      },
    })
    const inherit = build('aws', 'inherit', { region: '', crossAccountRoleArn: '', externalId: '' })
    expect(inherit.spec.credential).toEqual({ type: 'InheritFromDelegate' })
  })

  it('Vault: authToken is a secret ref, engine settings are numbers', () => {
    const spec = build('vault', 'token', {
      vaultUrl: 'https://vault:8200',
      authToken: 'account.vault_token',
    }).spec
    expect(spec).toMatchObject({
      vaultUrl: 'https://vault:8200',
      accessType: 'TOKEN',
      authToken: 'account.vault_token',
      renewalIntervalMinutes: 10,
      secretEngineVersion: 2,
      secretEngineName: 'secret',
      secretEngineManuallyConfigured: true,
    })
  })

  it('Datadog: apiKeyRef + applicationKeyRef', () => {
    const spec = build('datadog', undefined, {
      apiKeyRef: 'account.dd_api',
      applicationKeyRef: 'account.dd_app',
    }).spec
    expect(spec).toEqual({
      url: 'https://app.datadoghq.com/api/',
      apiKeyRef: 'account.dd_api',
      applicationKeyRef: 'account.dd_app',
      delegateSelectors: ['primary'],
    })
  })

  it('Jira: auth block with UsernamePassword or PersonalAccessToken', () => {
    const up = build('jira', 'username-password', {
      username: 'me@acme.com',
      passwordRef: 'jira_token',
    })
    expect(up.spec.auth).toEqual({
      type: 'UsernamePassword',
      spec: { username: 'me@acme.com', passwordRef: 'jira_token' },
    })
    expect(build('jira', 'pat', { patRef: 'org.jira_pat' }).spec.auth).toEqual({
      type: 'PersonalAccessToken',
      spec: { patRef: 'org.jira_pat' },
    })
  })

  it('AppDynamics uses accountname; Splunk gets the account id; Pdc hosts are objects', () => {
    expect(build('appdynamics').spec).toHaveProperty('accountname')
    expect(build('splunk').spec.accountId).toBe('acc')
    expect(build('pdc', undefined, { hosts: ['a.example.com', 'b:2222'] }).spec.hosts).toEqual([
      { hostname: 'a.example.com' },
      { hostname: 'b:2222' },
    ])
  })

  it('writes tags as a map and scopes by org/project', () => {
    const info = toConnectorInfo(
      getProvider('datadog'),
      providerSchema('datadog').parse({
        ...sampleValues(getProvider('datadog')),
        tags: ['env:prod', 'team'],
      }),
      { accountId: 'acc' },
    )
    expect(info.tags).toEqual({ env: 'prod', team: '' })
    expect(info.orgIdentifier).toBeUndefined()
    expect(info.projectIdentifier).toBeUndefined()
  })
})

describe('connectorHosts', () => {
  const hostsOf = (id: string, method: string | undefined, extra: Partial<ProviderValues>) => {
    const provider = getProvider(id)
    const values = providerSchema(id).parse({ ...sampleValues(provider, method), ...extra })
    return connectorHosts(provider, toConnectorInfo(provider, values, scope))
  }

  it('reads url fields with explicit or default ports', () => {
    expect(
      hostsOf('nexus', undefined, { nexusServerUrl: 'https://nexus.acme.io:8081/repo' }),
    ).toEqual([{ host: 'nexus.acme.io', port: 8081 }])
    expect(hostsOf('prometheus', 'none', { url: 'http://prom.acme.io/' })).toEqual([
      { host: 'prom.acme.io', port: 80 },
    ])
  })

  it('reads SSH git URLs and Pdc host lists', () => {
    expect(hostsOf('github', 'ssh', { sshUrl: 'git@github.com:acme' })).toEqual([
      { host: 'github.com', port: 22 },
    ])
    expect(hostsOf('pdc', undefined, { hosts: ['a.example.com', 'b.example.com:2222'] })).toEqual([
      { host: 'a.example.com' },
      { host: 'b.example.com', port: 2222 },
    ])
  })

  it('returns nothing for types without endpoints', () => {
    expect(hostsOf('pagerduty', undefined, {})).toEqual([])
  })
})
