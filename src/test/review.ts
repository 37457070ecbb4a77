import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/** The connector wizard's save: open the review, then confirm it (the confirm is the write). */
export async function reviewAndSave(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: /^Review (and save|changes)$/ }))
  const review = await screen.findByRole('dialog', { name: /^Review/ })
  await user.click(
    await within(review).findByRole('button', { name: /^(Create connector|Save changes)$/ }),
  )
}
