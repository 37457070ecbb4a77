import type { Tour } from './tours'

const KEY = 'delegate-console:tours-seen'

function seen(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(parsed) ? (parsed as string[]) : []
  } catch {
    return []
  }
}

export const tourSeen = (tour: Tour) => seen().includes(tour.id)

export function markTourSeen(tour: Tour) {
  localStorage.setItem(KEY, JSON.stringify([...new Set([...seen(), tour.id])]))
}

export function resetTours() {
  localStorage.removeItem(KEY)
}
