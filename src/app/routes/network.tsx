import { PlaceholderPage } from './placeholder'

export function Component() {
  return (
    <PlaceholderPage title="Network">
      The outbound requirements, the Harness IP allowlist and the egress plan are being built.
    </PlaceholderPage>
  )
}
