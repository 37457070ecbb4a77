import { ApiError } from '@/api/errors'

import { fieldErrorsFrom } from './manager-errors'
import { installerFormSchema, isProxyHost, parseTags, toInstallerConfig } from './schema'
import { initialValues, writeUrlOptions } from './url-state'

const tokens = [
  { name: 'default_token', status: 'ACTIVE' as const },
  { name: 'eks_prod_token', status: 'ACTIVE' as const },
]

describe('installer form state', () => {
  it('takes valid options from a deep link and ignores a token that is not active here', () => {
    const params = new URLSearchParams(
      'type=docker&name=edge-1&size=LARGE&token=legacy_ecs_token&cluster=nowhere',
    )
    const values = initialValues(params, tokens, undefined, '25.10.86800')
    expect(values).toMatchObject({
      type: 'docker',
      delegateName: 'edge-1',
      size: 'LARGE',
      tokenName: 'default_token',
      cluster: 'prod1',
    })
    expect(values.imageVersion).toBe('25.10.86800')
  })

  it('writes only the deep-link options, keeping the scope', () => {
    const values = initialValues(new URLSearchParams(), tokens, undefined, '1.0')
    const next = writeUrlOptions(new URLSearchParams('org=payments'), {
      ...values,
      proxyUser: 'alice',
      proxyEnabled: true,
    })
    expect(Object.fromEntries(next)).toEqual({
      org: 'payments',
      type: 'kubernetes',
      name: 'harness-delegate',
      token: 'default_token',
      size: 'LAPTOP',
      permission: 'CLUSTER_ADMIN',
      cluster: 'prod1',
    })
  })

  it('maps form values to the generator config: tags split, namespace only for namespace admin', () => {
    const values = {
      ...initialValues(new URLSearchParams(), tokens, undefined, '1.0'),
      tags: ' prod , eks,',
      namespace: 'team-a',
    }
    expect(parseTags(values.tags)).toEqual(['prod', 'eks'])
    expect(toInstallerConfig(values, 'acc', null)).toMatchObject({
      tags: ['prod', 'eks'],
      namespace: undefined,
      token: { name: 'default_token', value: null },
    })
    expect(
      toInstallerConfig({ ...values, permission: 'NAMESPACE_ADMIN' }, 'acc', null).namespace,
    ).toBe('team-a')
  })
})

describe('Manager download errors at the field', () => {
  const error = (message: string, fieldErrors?: { fieldId: string; error: string }[]) =>
    new ApiError({ kind: 'http', status: 400, code: 'INVALID_REQUEST', message, fieldErrors })

  it('places the DelegateDownloadServiceImpl messages on their fields', () => {
    expect(
      fieldErrorsFrom(
        error('Can not use x delegate token. This token does not exists or has been revoked.'),
      )[0].field,
    ).toBe('tokenName')
    expect(
      fieldErrorsFrom(
        error('Cluster namespace must be provided for permission type NAMESPACE_ADMIN.'),
      )[0].field,
    ).toBe('namespace')
    expect(
      fieldErrorsFrom(error('Delegate with name a already exists in the account.'))[0].field,
    ).toBe('delegateName')
  })

  it('uses the fieldId of a 400 Failure body, and leaves other errors to the page', () => {
    expect(fieldErrorsFrom(error('bad', [{ fieldId: 'name', error: 'must not be null' }]))).toEqual(
      [{ field: 'delegateName', message: 'must not be null' }],
    )
    expect(fieldErrorsFrom(new ApiError({ kind: 'http', status: 500, message: 'boom' }))).toEqual(
      [],
    )
    expect(fieldErrorsFrom(error('Something else entirely'))).toEqual([])
  })
})

describe('proxy host', () => {
  it('accepts host names and IP addresses', () => {
    for (const host of [
      'proxy',
      'proxy.internal.example.com',
      'proxy.example.com.',
      'squid_01.corp',
      '10.0.0.12',
      '::1',
      '[2001:db8::1]',
      'fd00::10:0:0:12',
    ])
      expect(isProxyHost(host), host).toBe(true)
  })

  it('refuses what is not a host, with a message at the field', () => {
    for (const host of [
      '$(touch${IFS}/tmp/pwned)',
      '`id`',
      'proxy;reboot',
      "proxy'x",
      '-proxy.example.com',
      'proxy..example.com',
      'proxy:3128',
      'user@proxy',
      'a'.repeat(64),
    ])
      expect(isProxyHost(host), host).toBe(false)
    const values = initialValues(new URLSearchParams(), tokens, undefined, '25.10.86800')
    const result = installerFormSchema.safeParse({
      ...values,
      proxyEnabled: true,
      proxyHost: '$(touch${IFS}/tmp/pwned)',
    })
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['proxyHost'], expect.stringMatching(/^Enter a host name/) as string],
    ])
  })
})
