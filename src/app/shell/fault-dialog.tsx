import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import formStyles from '@/components/ui/form.module.css'
import { toast } from '@/lib/toast'
import type { MockControl } from '@/mocks/browser'

const ENDPOINTS = [
  ['', 'No endpoint rule'],
  ['/ng/api/delegate-token-ng', 'Delegate tokens'],
  ['/api/setup/delegates', 'Delegate groups'],
  ['/ng/api/connectors', 'Connectors'],
  ['/ng/api/connectors/testConnection', 'Test connection'],
  ['/ng/api/download-delegates', 'Installer downloads'],
  ['/ci/ips/allowlist', 'IP allowlist'],
  ['/ng/api/organizations', 'Organizations'],
] as const

const KINDS = [
  ['500', 'HTTP 500'],
  ['503', 'HTTP 503'],
  ['400', 'HTTP 400 with field errors'],
  ['401', 'HTTP 401'],
  ['403', 'HTTP 403'],
  ['timeout', 'Timeout'],
  ['network', 'Network gone'],
  ['malformed', 'Malformed body'],
] as const

/** The mock's fault switch for demos and manual testing: latency, error rate, one failing endpoint. */
export function FaultDialog({ control, onClose }: { control: MockControl; onClose: () => void }) {
  const current = control.getFaults()
  const [latency, setLatency] = useState(String(current.latencyMs))
  const [rate, setRate] = useState(String(Math.round(current.errorRate * 100)))
  const [path, setPath] = useState(current.rules[0]?.path ?? '')
  const [kind, setKind] = useState(
    current.rules[0]
      ? current.rules[0].kind === 'status'
        ? String(current.rules[0].status)
        : current.rules[0].kind
      : '500',
  )

  const apply = () => {
    const status = Number(kind)
    control.setFaults({
      latencyMs: Math.max(0, Number(latency) || 0),
      errorRate: Math.min(100, Math.max(0, Number(rate) || 0)) / 100,
      rules: path
        ? [
            Number.isNaN(status)
              ? { path, kind: kind as 'timeout' | 'network' | 'malformed' }
              : {
                  path,
                  kind: 'status',
                  status,
                  fieldErrors:
                    status === 400
                      ? [{ fieldId: 'name', error: 'is rejected by the fault switch' }]
                      : undefined,
                },
          ]
        : [],
    })
    toast.success('Fault switch updated.')
    onClose()
  }
  const clear = () => {
    control.clearFaults()
    toast.success('Faults cleared.')
    onClose()
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title="Fault switch"
      description="Make the embedded Manager slow or failing, to see how the console copes. Stored in this browser only."
      footer={
        <>
          <Button onClick={clear}>Clear all faults</Button>
          <Button variant="primary" onClick={apply}>
            Apply
          </Button>
        </>
      }
    >
      <div className={formStyles.grid}>
        <label className={formStyles.field}>
          <span className={formStyles.label}>Added latency (ms)</span>
          <input
            className={formStyles.input}
            inputMode="numeric"
            value={latency}
            onChange={(e) => setLatency(e.target.value)}
          />
        </label>
        <label className={formStyles.field}>
          <span className={formStyles.label}>Random error rate (%)</span>
          <input
            className={formStyles.input}
            inputMode="numeric"
            value={rate}
            onChange={(e) => setRate(e.target.value)}
          />
        </label>
        <label className={formStyles.field}>
          <span className={formStyles.label}>Failing endpoint</span>
          <select
            className={formStyles.input}
            value={path}
            onChange={(e) => setPath(e.target.value)}
          >
            {ENDPOINTS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className={formStyles.field}>
          <span className={formStyles.label}>How it fails</span>
          <select
            className={formStyles.input}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            disabled={!path}
          >
            {KINDS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </Dialog>
  )
}
