import type { RequestHandler } from 'msw'

import { faultHandlers } from '../faults'
import { connectorHandlers, setConnectorSpecValidator } from './connectors'
import { delegateGroupHandlers, delegateTokenHandlers } from './delegate-tokens'
import { installerHandlers } from './installers'
import { networkHandlers } from './network'
import { scopeHandlers } from './scope'
import { secretHandlers } from './secrets'

// The mock accepts the connector specs the form accepts, judged by the same catalog schemas. They
// load with the first connector created or edited, not with the mock: the catalog and its schemas
// are most of the mock's start-up work, and no page needs them to read.
setConnectorSpecValidator((info) =>
  import('../connector-spec-validator').then((m) => m.catalogSpecValidator(info)),
)

/** Every handler of the mock Manager, shared by the browser worker, Vitest and the HTTP stand-in. */
export const handlers: RequestHandler[] = [
  // First: latency and injected failures, falling through when none applies.
  ...faultHandlers,
  ...scopeHandlers,
  ...secretHandlers,
  ...delegateTokenHandlers,
  ...delegateGroupHandlers,
  ...installerHandlers,
  ...connectorHandlers,
  ...networkHandlers,
]
