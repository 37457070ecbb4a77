import { InstallersPage } from '@/features/installers/installers-page'

export function Component() {
  return <InstallersPage />
}
