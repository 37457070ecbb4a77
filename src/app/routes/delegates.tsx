import { DelegatesPage } from '@/features/delegates/groups/delegates-page'

export function Component() {
  return <DelegatesPage />
}
