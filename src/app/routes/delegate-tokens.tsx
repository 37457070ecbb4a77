import { TokensPage } from '@/features/delegates/tokens/tokens-page'

export function Component() {
  return <TokensPage />
}
