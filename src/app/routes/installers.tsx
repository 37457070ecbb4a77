import { PlaceholderPage } from './placeholder'

export function Component() {
  return (
    <PlaceholderPage title="Installers" breadcrumb="Setup / Delegates">
      Delegate installer files (Kubernetes, Helm, Docker, shell, ECS, Terraform) are being built.
    </PlaceholderPage>
  )
}
