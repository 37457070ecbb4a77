import type { RequestHandler } from 'msw'

import { faultHandlers } from '../faults'
import { catalogSpecValidator } from '../connector-spec-validator'
import { connectorHandlers, setConnectorSpecValidator } from './connectors'
import { delegateGroupHandlers, delegateTokenHandlers } from './delegate-tokens'
import { installerHandlers } from './installers'
import { networkHandlers } from './network'
import { scopeHandlers } from './scope'
import { secretHandlers } from './secrets'

// The mock accepts the connector specs the form accepts, judged by the same catalog schemas.
setConnectorSpecValidator(catalogSpecValidator)

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
