import { ConnectorsPage } from '@/features/connectors/list/connectors-page'

export function Component() {
  return <ConnectorsPage />
}
