import { PlaceholderPage } from './placeholder'

export function Component() {
  return (
    <PlaceholderPage title="Delegates" breadcrumb="Setup / Delegates">
      The delegate list (groups, connectivity, heartbeats, versions) is the next step of the delegate tokens work. Until then, use the Harness UI to see your delegates.
    </PlaceholderPage>
  )
}
