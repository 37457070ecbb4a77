import { ApplyBundlePage } from '@/features/connectors/bundle/apply-page'

export function Component() {
  return <ApplyBundlePage />
}
