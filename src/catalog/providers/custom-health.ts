import { harnessDocs, keyValues, multiline, select, text, url } from '../fields'
import { defineProvider } from '../types'

/**
 * [INF] CustomHealthConnectorDTO: `{baseURL, headers, params, method, validationPath, validationBody?}`;
 * headers and params are `CustomHealthKeyAndValue[]`, each a plain `value` or an
 * `encryptedValueRef`. The Manager expects both arrays, so `set` sends them empty when the form
 * has none (a filled field replaces its constant).
 */
export default defineProvider({
  id: 'custom-health',
  label: 'Custom health source',
  category: 'observability',
  type: 'CustomHealth',
  docsUrl: harnessDocs(
    'connectors/monitoring-and-logging-systems/connect-to-monitoring-and-logging-systems',
  ),
  description: 'Any metrics or logs HTTP API, for continuous verification.',
  initials: 'CH',
  set: { headers: [], params: [] },
  fields: [
    url('baseURL', 'baseURL', 'Base URL', { required: true, portHintFor: true }),
    select('method', 'method', 'Validation request method', [
      { value: 'GET', label: 'GET' },
      { value: 'POST', label: 'POST' },
    ]),
    text('validationPath', 'validationPath', 'Validation path', {
      required: true,
      placeholder: 'api/health',
    }),
    multiline('validationBody', 'validationBody', 'Validation request body'),
  ],
  authMethods: [
    {
      id: 'headers',
      label: 'Headers and parameters',
      help: 'The API authenticates by what each request carries: put a token in a header (or a query parameter) and mark it as a secret, so the connector stores a secret reference, never the token.',
      fields: [
        keyValues('headers', 'headers', 'Headers', {
          itemLabel: 'header',
          keysIgnoreCase: true,
          // RFC 9110 field-name: a token.
          pattern: /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/,
          patternMessage: 'Header names use letters, digits and - (e.g. Authorization, X-Api-Key)',
          help: 'Sent with every request, e.g. Authorization with a secret that holds "Bearer <token>".',
        }),
        keyValues('params', 'params', 'Query parameters', {
          itemLabel: 'query parameter',
          help: 'Added to every request URL, e.g. api_key when the API takes its key there.',
        }),
      ],
    },
  ],
  hints: { permissions: [], ports: [], unlisted: true, references: [] },
})
