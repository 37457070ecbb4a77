import * as Menu from '@radix-ui/react-dropdown-menu'
import { ChevronDown, CircleHelp } from 'lucide-react'
import { useLocation, useNavigate } from 'react-router'

import { useScope } from '@/hooks/use-scope'
import { paths, withScope } from '@/lib/paths'

import { updateProgress } from './progress'
import { HELP_TRIGGER_ID, startTour } from './tours/tour-offer'
import { tourFor } from './tours/tours'

/** Help: back to the checklist, and the tour of this page, replayable any time. */
export function HelpMenu({
  triggerClass,
  labelClass,
  menuClass,
  itemClass,
}: {
  triggerClass: string
  /** The word "Help": hidden on a phone, where the icon carries it (still the button's name). */
  labelClass: string
  menuClass: string
  itemClass: string
}) {
  const { pathname } = useLocation()
  const navigate = useNavigate()
  const scope = useScope()
  const tour = tourFor(pathname)
  return (
    // Not modal: a modal menu hides the rest of the page with aria-hidden while its links and
    // buttons stay focusable (axe aria-hidden-focus). Esc, Tab and a click outside still close it.
    <Menu.Root modal={false}>
      <Menu.Trigger id={HELP_TRIGGER_ID} className={triggerClass}>
        <CircleHelp size={14} aria-hidden />
        <span className={labelClass}>Help</span>
        <ChevronDown size={14} aria-hidden />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content className={menuClass} align="end" sideOffset={6}>
          <Menu.Item
            className={itemClass}
            onSelect={() => {
              updateProgress((p) => ({ ...p, active: null, dismissed: false }))
              void navigate(withScope(paths.home, scope))
            }}
          >
            Getting started checklist
          </Menu.Item>
          <Menu.Item
            className={itemClass}
            disabled={!tour}
            onSelect={() => tour && void startTour(tour)}
          >
            {tour ? `Take the tour: ${tour.title}` : 'No tour for this page'}
          </Menu.Item>
          <Menu.Item
            className={itemClass}
            onSelect={() =>
              window.open(
                'https://developer.harness.io/docs/platform/delegates/',
                '_blank',
                'noopener',
              )
            }
          >
            Delegate documentation
          </Menu.Item>
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  )
}
