import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'

import { useShownValue } from './use-shown-value'

describe('useShownValue', () => {
  it('shows the choice at once, before the bound value catches up', () => {
    const { result } = renderHook(({ value }) => useShownValue(value), {
      initialProps: { value: false },
    })
    act(() => result.current[1](true))
    expect(result.current[0]).toBe(true)
  })

  it('follows the bound value once it changes, from the choice or from elsewhere', () => {
    const { result, rerender } = renderHook(({ value }) => useShownValue(value), {
      initialProps: { value: 'name:asc' },
    })
    act(() => result.current[1]('created:desc'))
    rerender({ value: 'created:desc' })
    expect(result.current[0]).toBe('created:desc')
    // Back to the old URL: the old value shows, not the earlier choice.
    rerender({ value: 'name:asc' })
    expect(result.current[0]).toBe('name:asc')
  })

  it('lets a change from elsewhere replace a choice still on its way', () => {
    const { result, rerender } = renderHook(({ value }) => useShownValue(value), {
      initialProps: { value: 'all' },
    })
    act(() => result.current[1]('revoked'))
    rerender({ value: 'expiring' })
    expect(result.current[0]).toBe('expiring')
  })
})
