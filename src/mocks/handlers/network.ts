import { http } from 'msw'

import { db } from '../db'
import { dto, failure, gw } from '../http'

/** Harness Cloud egress IPs (REFERENCE.md §8a, [DOC] only). Free tier gets an empty list. */
export const networkHandlers = [
  http.get(gw('/ci/ips/allowlist'), ({ request }) => {
    const account = new URL(request.url).searchParams.get('accountIdentifier')
    if (!account)
      return failure('accountIdentifier: must not be null', [
        { fieldId: 'accountIdentifier', error: 'must not be null' },
      ])
    return dto({ ipAddresses: db().account.tier === 'free' ? [] : db().ipAllowlist })
  }),
]
