/**
 * Milestones the Getting-started checklist cannot read from the API (an installer was downloaded),
 * recorded by the feature pages that see them. Names only, never any value.
 */
export type OnboardingEvent = 'installer-downloaded' | 'token-generated'

const KEY = 'delegate-console:onboarding-events'
export const ONBOARDING_EVENT = 'delegate-console:onboarding-event'

export function readOnboardingEvents(): OnboardingEvent[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return Array.isArray(parsed)
      ? (parsed.filter((e) => typeof e === 'string') as OnboardingEvent[])
      : []
  } catch {
    return []
  }
}

export function recordOnboardingEvent(event: OnboardingEvent) {
  const events = new Set(readOnboardingEvents())
  if (events.has(event)) return
  events.add(event)
  localStorage.setItem(KEY, JSON.stringify([...events]))
  window.dispatchEvent(new CustomEvent(ONBOARDING_EVENT, { detail: event }))
}

export function clearOnboardingEvents() {
  localStorage.removeItem(KEY)
  window.dispatchEvent(new CustomEvent(ONBOARDING_EVENT))
}
