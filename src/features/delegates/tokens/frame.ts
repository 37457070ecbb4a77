/** The tokens page's header, shared with its frame (app/routes/delegate-tokens.tsx). */
export const TOKENS_PAGE = {
  title: 'Delegate Tokens',
  breadcrumb: 'Setup / Delegates',
  subtitle:
    'Delegates use these tokens to connect to the Harness Manager. Rotate and revoke them per your governance policies.',
}
