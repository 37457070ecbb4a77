import { useQuery } from '@tanstack/react-query'
import { useId } from 'react'

import { describeError } from '@/api/errors'
import { FORCE_DELETE_SETTING, settingQueries } from '@/api/queries/settings'

import styles from './delete.module.css'

const SETTING_NAME = 'Enable Force Delete of Harness Resources'
const WHERE = 'Account Settings › Default Settings › General'

/**
 * Whether the account lets a referenced entity be force-deleted: `on`, `off`, `checking`, or
 * `unknown` when the setting cannot be read (the Manager then decides, and says so if it refuses).
 */
export function useForceDeleteSetting(accountId: string, enabled: boolean) {
  const query = useQuery({ ...settingQueries.value(accountId, FORCE_DELETE_SETTING), enabled })
  const state = query.isPending
    ? 'checking'
    : query.isError
      ? 'unknown'
      : query.data.value === 'true'
        ? 'on'
        : 'off'
  return { state, error: query.error, refetch: () => void query.refetch() } as const
}

export type ForceDeleteSetting = ReturnType<typeof useForceDeleteSetting>

/** What the account setting means for this delete, in one sentence. */
function SettingLine({ setting }: { setting: ForceDeleteSetting }) {
  switch (setting.state) {
    case 'checking':
      return <p>Checking whether this account allows force delete…</p>
    case 'on':
      return (
        <p>
          This account allows it: <strong>{SETTING_NAME}</strong> is on.
        </p>
      )
    case 'off':
      return (
        <p>
          This account does not allow it: <strong>{SETTING_NAME}</strong> is off, so the Manager
          refuses a force delete. An account admin can turn it on in {WHERE}; until then, remove the
          connector from the entities above first.
        </p>
      )
    default:
      return (
        <p>
          Could not read whether this account allows it ({describeError(setting.error)}). The
          Manager force-deletes only when <strong>{SETTING_NAME}</strong> ({WHERE}) is on.
        </p>
      )
  }
}

/**
 * The way past the Manager's rule that a connector in use is not deleted: a checkbox that says what
 * force delete does ([DOC] developer.harness.io entity-deletion-reference, "Force delete").
 */
export function ForceDeleteChoice({
  checked,
  onChange,
  disabled,
  setting,
}: {
  checked: boolean
  onChange: (checked: boolean) => void
  disabled: boolean
  setting: ForceDeleteSetting
}) {
  const describedBy = useId()
  return (
    <div className={styles.force}>
      <label className={styles.forceLabel}>
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled || setting.state === 'off'}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        Force delete: remove it although it is in use
      </label>
      <div id={describedBy} className={styles.forceText}>
        <p>
          The entities above keep referring to a connector that no longer exists: pipelines that use
          it fail when they run, and services, environments and infrastructure that use it cannot
          deploy, until each is pointed at another connector. Harness records the force delete in
          the audit trail.
        </p>
        <SettingLine setting={setting} />
      </div>
    </div>
  )
}
