/** The connectors list's header, shared with its frame (app/routes/connectors.tsx). */
export const CONNECTORS_PAGE = {
  title: 'Connectors',
  subtitle:
    'How each connection to your tools is doing: test one, or many at once, and see what failed and why.',
}
