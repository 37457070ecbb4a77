import { getRuntimeConfig } from '@/api/runtime-config'

interface MockRotationControl {
  moveDelegate?: (groupIdentifier: string, tokenName: string) => boolean
}

/**
 * Mock mode only: tell the embedded Manager that a delegate group was restarted with the new
 * token, so the walkthrough can be seen working. Reached through the `window.__mockManager`
 * handle (no import of src/mocks, which is not in the Manager-mode bundle path). Returns false in
 * Manager mode, where the real delegate's heartbeat is what moves it.
 */
export function moveDelegateInMock(groupIdentifier: string, tokenName: string): boolean {
  if (getRuntimeConfig().backend !== 'mock') return false
  const control = (window as unknown as { __mockManager?: MockRotationControl }).__mockManager
  return control?.moveDelegate?.(groupIdentifier, tokenName) ?? false
}

export function isMockBackend() {
  return getRuntimeConfig().backend === 'mock'
}
