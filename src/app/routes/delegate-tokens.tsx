import { Suspense } from 'react'

import { PageFrame } from '@/components/ui/page'
import { TOKENS_PAGE } from '@/features/delegates/tokens/frame'

import { afterPaint } from './deferred'

const TokensPage = afterPaint(() =>
  import('@/features/delegates/tokens/tokens-page').then((m) => m.TokensPage),
)

export function Component() {
  return (
    <Suspense fallback={<PageFrame {...TOKENS_PAGE} loading="Loading the delegate tokens" />}>
      <TokensPage />
    </Suspense>
  )
}
