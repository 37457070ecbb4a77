import { Server } from 'lucide-react'
import { Link } from 'react-router'

import type { Scope } from '@/api/scope'
import { Button, buttonClass } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/states'
import { pluralize } from '@/lib/format'
import { paths, withScope } from '@/lib/paths'

/** Nothing at the scope at all: the one thing to do is install a delegate. */
export function NoDelegates({ scope }: { scope: Scope }) {
  return (
    <EmptyState
      icon={<Server size={22} />}
      title="No delegates at this scope"
      action={
        <Link className={buttonClass('primary')} to={withScope(paths.installers, scope)}>
          Install a delegate
        </Link>
      }
    >
      <p>Install a delegate so Harness can reach your infrastructure.</p>
    </EmptyState>
  )
}

/**
 * Groups exist, the filters leave none. Only a token filter (the tokens page's link) says what that
 * means for the token; anything else says how many groups there are to find.
 */
export function NoMatch({
  total,
  onlyToken,
  onClear,
}: {
  total: number
  /** The token the list is filtered on, when it is the only filter. */
  onlyToken: string | null
  onClear: () => void
}) {
  return (
    <EmptyState
      title={onlyToken ? `No delegate uses ${onlyToken}` : 'No group matches these filters'}
      action={<Button onClick={onClear}>Clear filters</Button>}
    >
      <p>
        {onlyToken
          ? 'Nothing will disconnect if you revoke this token.'
          : `None of the ${pluralize(total, 'delegate group')} at this scope matches.`}
      </p>
    </EmptyState>
  )
}
