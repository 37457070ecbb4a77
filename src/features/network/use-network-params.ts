import { useCallback } from 'react'

import { useUrlParams } from '@/hooks/use-url-params'
import { clusterInUse, isHarnessClusterId, type HarnessClusterId } from '@/lib/harness-clusters'

import { EXPORT_FORMATS, type ExportFormatId } from './lib/export-formats'

// The account's cluster from Getting started, else Prod1 (the most common).
const defaultCluster = (): HarnessClusterId => clusterInUse()

/**
 * The page's choices live in the URL (`?cluster=prod3&logging=off&export=csv`) so a link shows a
 * colleague the same plan. Unknown values fall back to the defaults rather than failing.
 */
export function useNetworkParams() {
  const [params, update] = useUrlParams()
  const cluster = params.get('cluster')
  const format = params.get('export')
  const set = useCallback(
    (key: string, value: string | null) => update({ [key]: value }, { replace: true }),
    [update],
  )
  return {
    cluster: isHarnessClusterId(cluster) ? cluster : defaultCluster(),
    logging: params.get('logging') !== 'off',
    format: (EXPORT_FORMATS.some((f) => f.id === format) ? format : 'list') as ExportFormatId,
    setCluster: (id: HarnessClusterId) => set('cluster', id === defaultCluster() ? null : id),
    setLogging: (on: boolean) => set('logging', on ? null : 'off'),
    setFormat: (id: ExportFormatId) => set('export', id === 'list' ? null : id),
  }
}
