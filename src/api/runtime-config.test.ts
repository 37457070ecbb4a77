import { parseRuntimeConfig } from './runtime-config'

describe('runtime config', () => {
  it('defaults to the embedded mock for anything but an explicit manager backend', () => {
    expect(
      parseRuntimeConfig({ backend: 'manager', managerLabel: 'https://app.harness.io' }),
    ).toEqual({ backend: 'manager', managerLabel: 'https://app.harness.io' })
    expect(parseRuntimeConfig({ backend: 'mock' })).toEqual({
      backend: 'mock',
      managerLabel: undefined,
      requestTimeoutMs: undefined,
    })
    expect(parseRuntimeConfig({ requestTimeoutMs: 2000 }).requestTimeoutMs).toBe(2000)
    expect(parseRuntimeConfig({ requestTimeoutMs: 1 }).requestTimeoutMs).toBeUndefined()
    expect(parseRuntimeConfig({ backend: 'something-else' }).backend).toBe('mock')
    expect(parseRuntimeConfig(null).backend).toBe('mock')
    expect(parseRuntimeConfig('manager').backend).toBe('mock')
  })
})
