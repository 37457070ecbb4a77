import { getProvider } from './index'
import { addressOfValues, connectionOf, portsForAddress } from './ports'
import { sampleValues } from './samples'

const docker = getProvider('docker-registry')

describe('portsForAddress', () => {
  it('takes the port written in the URL first', () => {
    expect(portsForAddress(docker, 'https://registry.acme.io:8443/v2/')).toEqual({
      host: 'registry.acme.io',
      ports: [{ protocol: 'HTTPS', port: 8443 }],
      from: 'url',
    })
    expect(portsForAddress(docker, 'http://harbor.local:8083').ports).toEqual([
      { protocol: 'HTTP', port: 8083 },
    ])
  })

  it("else the scheme's default: Docker Hub over https is 443, not the table's 8083", () => {
    expect(portsForAddress(docker, 'https://index.docker.io')).toEqual({
      host: 'index.docker.io',
      ports: [{ protocol: 'HTTPS', port: 443 }],
      from: 'scheme',
    })
    expect(portsForAddress(docker, 'http://nexus.internal/').ports).toEqual([
      { protocol: 'HTTP', port: 80 },
    ])
    const git = getProvider('git')
    expect(portsForAddress(git, 'ssh://git@git.acme.io/acme').ports).toEqual([
      { protocol: 'SSH', port: 22 },
    ])
    expect(portsForAddress(git, 'git@github.com:acme/repo.git')).toMatchObject({
      host: 'github.com',
      ports: [{ protocol: 'SSH', port: 22 }],
    })
  })

  it("else the provider's listed ports: nothing typed, or a host without a port", () => {
    expect(portsForAddress(docker, '')).toEqual({ ports: docker.hints.ports, from: 'provider' })
    expect(portsForAddress(docker, 'not a url')).toEqual({
      ports: docker.hints.ports,
      from: 'provider',
    })
    const pdc = getProvider('pdc')
    expect(portsForAddress(pdc, 'web1.acme.io:2222').ports).toEqual([
      { protocol: 'TCP', port: 2222 },
    ])
    expect(portsForAddress(pdc, 'web1.acme.io')).toMatchObject({ host: 'web1.acme.io' })
  })

  it('shows Tanzu\'s "80 or 443" once, and the one its endpoint uses', () => {
    const tanzu = getProvider('tanzu')
    expect(tanzu.hints.ports).toHaveLength(1)
    expect(portsForAddress(tanzu, 'http://api.sys.acme.io').ports).toEqual([
      { protocol: 'HTTP', port: 80 },
    ])
  })
})

describe('connectionOf', () => {
  it('follows the connectivity mode, and Harness always connects to Slack-like types itself', () => {
    expect(connectionOf(docker, 'delegate')).toBe('delegate')
    expect(connectionOf(docker, 'platform')).toBe('platform')
    for (const id of ['slack', 'microsoft-teams', 'zoom', 'confluence'])
      expect(connectionOf(getProvider(id), 'delegate')).toBe('platform')
  })
})

describe('addressOfValues', () => {
  it("reads the address field of the chosen method, or a host list's first host", () => {
    const github = getProvider('github')
    expect(addressOfValues(github, { ...sampleValues(github), url: 'https://ghe.acme.io' })).toBe(
      'https://ghe.acme.io',
    )
    const pdc = getProvider('pdc')
    expect(addressOfValues(pdc, { ...sampleValues(pdc), hosts: ['web1:22', 'web2'] })).toBe(
      'web1:22',
    )
    expect(addressOfValues(getProvider('gcp'), sampleValues(getProvider('gcp')))).toBeUndefined()
  })
})
