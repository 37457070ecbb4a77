import { GroupDetailPage } from '@/features/delegates/group-detail/group-detail-page'

export function Component() {
  return <GroupDetailPage />
}
