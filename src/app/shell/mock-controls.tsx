import * as Menu from '@radix-ui/react-dropdown-menu'
import { useQueryClient } from '@tanstack/react-query'
import { ChevronDown, FlaskConical } from 'lucide-react'
import { useState } from 'react'

import { clearHealthStore } from '@/features/connectors/health/history-store'
import { dismissTestRun } from '@/features/connectors/health/test-run-store'
import { toast } from '@/lib/toast'
import type { MockControl } from '@/mocks/browser'

import { FaultDialog } from './fault-dialog'
import styles from './layout.module.css'

export function mockControl(): MockControl | undefined {
  return (window as unknown as { __mockManager?: MockControl }).__mockManager
}

/**
 * Demo-data menu shown on the embedded mock: reset, empty or large account, the free tier (no Harness
 * Cloud egress IPs, seed 003) and the fault switch.
 */
export default function MockControls() {
  const queryClient = useQueryClient()
  const [faultsOpen, setFaultsOpen] = useState(false)
  const control = mockControl()
  const [freeTier, setFreeTier] = useState(() => control?.db().account.tier === 'free')
  if (!control) return null

  const reseed = (seed: 'default' | 'empty' | 'large', message: string) => {
    control.reset(seed)
    setFreeTier(false)
    // A reset or a new account has none of the connectors the kept test results belong to, nor
    // those a test run is testing.
    dismissTestRun()
    clearHealthStore()
    void queryClient.resetQueries()
    toast.success(message)
  }
  const faulty =
    control.getFaults().rules.length > 0 ||
    control.getFaults().errorRate > 0 ||
    control.getFaults().latencyMs > 0

  return (
    <>
      {/* Not modal: see scope-switcher.tsx (aria-hidden on a page that stays focusable). */}
      <Menu.Root modal={false}>
        <Menu.Trigger className={styles.scopeTrigger}>
          <FlaskConical size={14} aria-hidden />
          <span className={styles.triggerLabel}>Demo data{faulty ? ' · faults on' : ''}</span>
          {faulty ? <span className={styles.faultDot} aria-hidden /> : null}
          <span className="visually-hidden"> (embedded mock Manager)</span>
          <ChevronDown size={14} aria-hidden />
        </Menu.Trigger>
        <Menu.Portal>
          <Menu.Content className={styles.menu} align="end" sideOffset={6}>
            <Menu.Label className={styles.menuLabel}>Embedded mock Manager</Menu.Label>
            <Menu.Item
              className={styles.menuItem}
              onSelect={() => reseed('default', 'Demo data reset to the seeded account.')}
            >
              Reset demo data
            </Menu.Item>
            <Menu.Item
              className={styles.menuItem}
              onSelect={() => reseed('empty', 'Started a brand-new, empty account.')}
            >
              Start as a new account
            </Menu.Item>
            <Menu.Item
              className={styles.menuItem}
              onSelect={() =>
                reseed('large', 'Seeded a large account: 5,000 connectors, 300 tokens.')
              }
            >
              Large account (5,000 connectors)
            </Menu.Item>
            <Menu.CheckboxItem
              className={styles.menuItem}
              checked={freeTier}
              onCheckedChange={(checked) => {
                control.setTier(checked ? 'free' : 'paid')
                setFreeTier(checked)
                void queryClient.resetQueries()
                toast.success(
                  checked
                    ? 'The account is now on the free tier: no Harness Cloud egress IPs.'
                    : 'The account is back on a paid plan.',
                )
              }}
            >
              Free tier account
            </Menu.CheckboxItem>
            <Menu.Separator className={styles.menuSeparator} />
            <Menu.Item className={styles.menuItem} onSelect={() => setFaultsOpen(true)}>
              Fault switch…
            </Menu.Item>
          </Menu.Content>
        </Menu.Portal>
      </Menu.Root>
      {faultsOpen ? <FaultDialog control={control} onClose={() => setFaultsOpen(false)} /> : null}
    </>
  )
}
