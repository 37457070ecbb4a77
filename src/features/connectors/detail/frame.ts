/**
 * A connector's page's subtitle, the same while it loads and after (and in its frame,
 * app/routes/connector-detail.tsx): the page's header is all there at its first paint, and the
 * details fill in below it.
 */
export const CONNECTOR_SUBTITLE =
  'How it connects, whether it can connect now, its test history and where it is used.'
