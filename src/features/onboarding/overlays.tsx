import { TourOffer } from './tours/tour-offer'
import { WalkthroughBanner } from './walkthrough-banner'

/** What onboarding adds above any page: the walkthrough banner, or the offer of a tour. */
export default function OnboardingOverlays() {
  return (
    <>
      <WalkthroughBanner />
      <TourOffer />
    </>
  )
}
