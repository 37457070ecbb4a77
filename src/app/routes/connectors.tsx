import { PlaceholderPage } from './placeholder'

export function Component() {
  return (
    <PlaceholderPage title="Connectors">
      The connector list, health and the creation wizard are being built.
    </PlaceholderPage>
  )
}
