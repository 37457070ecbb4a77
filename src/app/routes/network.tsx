import { NetworkPage } from '@/features/network/network-page'

export function Component() {
  return <NetworkPage />
}
