import { PlaceholderPage } from './placeholder'

export function Component() {
  return (
    <PlaceholderPage title="Delegate Tokens" breadcrumb="Setup / Delegates">
      Generating, copying, revoking and rotating delegate tokens is being built. Until then, manage tokens in Harness under Account Settings, Delegates, Tokens.
    </PlaceholderPage>
  )
}
