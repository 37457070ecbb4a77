import { Toaster as Sonner } from 'sonner'

import { useChosenTheme } from './theme/theme'

/** The toaster, in a theme the admin picked, else the system's. Lazy (provider.tsx). */
export default function Toaster() {
  return (
    <Sonner position="bottom-right" richColors closeButton theme={useChosenTheme() ?? 'system'} />
  )
}
