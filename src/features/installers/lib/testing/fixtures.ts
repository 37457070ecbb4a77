import type { InstallerConfig, InstallerType } from '../types'

/** A valid config; tests override single fields. */
export function makeConfig(overrides: Partial<InstallerConfig> = {}): InstallerConfig {
  return {
    type: 'kubernetes',
    accountId: 'kmpySm00000006NL73w',
    delegateName: 'prod-delegate',
    token: { name: 'default_token', value: 'dG9rZW4tdmFsdWU=' },
    size: 'LAPTOP',
    tags: ['k8s', 'prod'],
    permission: 'CLUSTER_ADMIN',
    cluster: 'prod1',
    imageVersion: '25.10.86800',
    stackDriverLogging: false,
    ...overrides,
  }
}

export const INSTALLER_TYPES: InstallerType[] = [
  'kubernetes',
  'helm',
  'docker',
  'shell',
  'ecs',
  'terraform',
]

/** A config where every free-text field carries `payload`. */
export function hostileConfig(payload: string, type: InstallerType = 'kubernetes') {
  return makeConfig({
    type,
    delegateName: payload,
    tags: [payload, 'safe'],
    description: payload,
    accountId: payload,
    token: { name: payload, value: payload },
    proxy: { host: payload, port: 3128, scheme: 'http', username: payload, noProxy: payload },
  })
}
