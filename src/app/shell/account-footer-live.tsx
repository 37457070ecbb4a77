import { useQuery } from '@tanstack/react-query'

import { accountQueries } from '@/api/queries/account'

import { AccountFooter } from './account-footer'

/** The sidebar footer with the account's and the key's user's names, as the Manager gives them. */
export default function LiveAccountFooter({ accountId }: { accountId: string }) {
  const account = useQuery(accountQueries.account(accountId))
  const user = useQuery(accountQueries.currentUser(accountId))
  return (
    <AccountFooter
      accountId={accountId}
      account={account.data}
      user={user.data}
      pending={account.isPending || user.isPending}
    />
  )
}
