/**
 * Toasts follow user actions, so sonner (with the toaster, AppProvider) loads after the first
 * paint, not with the page that shows a copy button. Import `toast` from here, not from 'sonner'.
 */
const sonner = () => import('sonner')

export const toast = {
  success: (message: string) => void sonner().then((m) => m.toast.success(message)),
  error: (message: string) => void sonner().then((m) => m.toast.error(message)),
}
