import { useCallback, useMemo } from 'react'

import type { ConnectorListParams } from '@/api/queries/connectors'
import {
  CATEGORY_BY_TYPE,
  CONNECTOR_CATEGORIES,
  type ConnectorCategory,
  type ConnectorType,
} from '@/api/schemas/connector'
import { useUrlParams } from '@/hooks/use-url-params'

import { API_STATUS_BY_HEALTH, isHealthStatus, type HealthStatus } from '../health/status'
import { parseSort, sortOrders, sortParams, type ListSort } from './sort'

export const PAGE_SIZE = 50

/**
 * The list's state, all in the URL (`?q=&status=&category=&type=&sort=&dir=&page=`), so it
 * deep-links and Back works.
 */
export interface ListState {
  q: string
  status: HealthStatus | null
  category: ConnectorCategory | null
  type: ConnectorType | null
  /** 1-based in the URL, as people count pages. */
  page: number
  sort: ListSort
}

const isCategory = (v: string | null): v is ConnectorCategory =>
  v !== null && (CONNECTOR_CATEGORIES as readonly string[]).includes(v)
const isType = (v: string | null): v is ConnectorType => v !== null && v in CATEGORY_BY_TYPE

export function useListParams() {
  const [params, update] = useUrlParams()
  const state = useMemo<ListState>(() => {
    const status = params.get('status')
    const category = params.get('category')
    const type = params.get('type')
    const page = Number(params.get('page'))
    return {
      q: params.get('q') ?? '',
      status: isHealthStatus(status) ? status : null,
      category: isCategory(category) ? category : null,
      type: isType(type) ? type : null,
      page: Number.isInteger(page) && page > 0 ? page : 1,
      sort: parseSort(params),
    }
  }, [params])

  /** Any change but the page goes back to page 1; typing replaces history instead of piling it up. */
  const setState = useCallback(
    (change: Partial<ListState>, options: { replace?: boolean } = {}) => {
      update(
        (next) => {
          const { sort, ...rest } = change
          const values: Record<string, string | number | null | undefined> = {
            ...rest,
            ...(sort ? sortParams(sort) : {}),
          }
          for (const [key, value] of Object.entries(values)) {
            if (value === null || value === '' || (key === 'page' && value === 1)) next.delete(key)
            else next.set(key, String(value))
          }
          if (!('page' in change)) next.delete('page')
        },
        { replace: options.replace },
      )
    },
    [update],
  )
  return [state, setState] as const
}

/** The listV2 call for a list state: filters go in the body, search and paging in the query. */
export function toListParams(state: ListState, pageSize = PAGE_SIZE): ConnectorListParams {
  const filter: ConnectorListParams['filter'] = {}
  if (state.status) filter.connectivityStatuses = [API_STATUS_BY_HEALTH[state.status]]
  if (state.category) filter.categories = [state.category]
  if (state.type) filter.types = [state.type]
  // Connectors of this scope only (not the parents'), so the list agrees with the stats strip,
  // which the Manager counts per scope.
  return {
    searchTerm: state.q || undefined,
    pageIndex: state.page - 1,
    pageSize,
    sortOrders: sortOrders(state.sort),
    filter,
  }
}

export const hasFilters = (state: ListState) =>
  Boolean(state.q || state.status || state.category || state.type)
