import { paths } from '@/lib/paths'

export interface TourStep {
  /** `data-tour` value of the element to highlight; the popover centres when it is absent. */
  target: string
  title: string
  text: string
}

export interface Tour {
  id: 'tokens' | 'connector-wizard' | 'connector-health'
  title: string
  /** The page the tour belongs to. */
  matches: (pathname: string) => boolean
  steps: TourStep[]
}

/** Short guided tours of three pages (issue 8): offered once each, replayable from Help. */
export const TOURS: Tour[] = [
  {
    id: 'tokens',
    title: 'Delegate tokens',
    matches: (p) => p === paths.delegateTokens,
    steps: [
      {
        target: 'generate-token',
        title: 'Generate a token',
        text: 'Create one token per environment. The value is shown once and copied to your clipboard: store it in your secret manager.',
      },
      {
        target: 'token-table',
        title: 'Who uses what',
        text: 'Each row shows the token’s status, its expiry and the delegates that use it. Revoked tokens are hidden until you ask for them.',
      },
      {
        target: 'rotate-token',
        title: 'Rotate safely',
        text: 'Rotation generates a new token, shows how to put it in each kind of delegate, waits until no delegate uses the old one, then revokes it.',
      },
    ],
  },
  {
    id: 'connector-wizard',
    title: 'Creating a connector',
    matches: (p) => p === paths.newConnector || /^\/connectors\/[^/]+\/edit$/.test(p),
    steps: [
      {
        target: 'connector-steps',
        title: 'Five short steps',
        text: 'Overview, details, credentials, delegates, then a connection test, in the order Harness uses.',
      },
      {
        target: 'connector-hints',
        title: 'What this connector needs',
        text: 'The permissions, ports and provider references from the Harness docs, on every step. Open these ports outbound from the delegate.',
      },
      {
        target: 'connector-test',
        title: 'Save, then test',
        text: 'The connector is saved first and then tested through a delegate; a failure says which stage failed.',
      },
    ],
  },
  {
    id: 'connector-health',
    title: 'Connector health',
    matches: (p) => p === paths.connectors,
    steps: [
      {
        target: 'connector-summary',
        title: 'Health at a glance',
        text: 'Counts by status and category. Select one to filter the list.',
      },
      {
        target: 'connector-row-test',
        title: 'One-click test',
        text: 'Test any connector from its row and read each stage of the result.',
      },
      {
        target: 'test-all',
        title: 'Test many at once',
        text: 'Test every connector in the list, or the ones you selected, with progress, cancel and a summary of what failed.',
      },
    ],
  },
]

export const tourFor = (pathname: string) => TOURS.find((t) => t.matches(pathname))
