import { http, type RequestHandler } from 'msw'

import { faultHandlers } from '../faults'
import { gw, noRoute } from '../http'
import { connectorHandlers } from './connectors'
import { delegateGroupManageHandlers } from './delegate-groups'
import { delegateGroupHandlers, delegateTokenHandlers } from './delegate-tokens'
import { installerHandlers } from './installers'
import { networkHandlers } from './network'
import { scopeHandlers } from './scope'
import { secretHandlers } from './secrets'
import { settingHandlers } from './settings'
import { setupUsageHandlers } from './setup-usage'

/** Every handler of the mock Manager, shared by the browser worker, Vitest and the HTTP stand-in. */
export const handlers: RequestHandler[] = [
  // First: latency and injected failures, falling through when none applies.
  ...faultHandlers,
  ...scopeHandlers,
  ...secretHandlers,
  ...delegateTokenHandlers,
  ...delegateGroupHandlers,
  ...delegateGroupManageHandlers,
  ...installerHandlers,
  ...connectorHandlers,
  ...setupUsageHandlers,
  ...settingHandlers,
  ...networkHandlers,
  // Last: any other gateway path answers as the Manager does for an unknown route, not with the
  // dev server's page or a network error.
  http.all(gw('/*'), ({ request }) => noRoute(new URL(request.url))),
]
