import { RotationPage } from '@/features/delegates/rotation/rotation-page'

export function Component() {
  return <RotationPage />
}
