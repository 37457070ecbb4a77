import { Page } from '@/components/ui/page'
import { useScope } from '@/hooks/use-scope'

import { AllowlistCard } from './components/allowlist-card'
import { EgressPlanCard } from './components/egress-plan-card'
import { OutboundCard } from './components/outbound-card'
import { useNetworkParams } from './use-network-params'

/** Issue 7: what the delegate must reach, Harness Cloud's IPs, and the plan for your connectors. */
export function NetworkPage() {
  const scope = useScope()
  const params = useNetworkParams()
  return (
    <Page
      title="Network"
      breadcrumb="Setup"
      subtitle="What a delegate must reach through your firewall, the addresses Harness Cloud connects from, and an egress plan for your connectors that you can export or test before installing."
    >
      <OutboundCard
        cluster={params.cluster}
        onCluster={params.setCluster}
        logging={params.logging}
        onLogging={params.setLogging}
      />
      <AllowlistCard accountId={scope.accountId} />
      <EgressPlanCard
        scope={scope}
        cluster={params.cluster}
        logging={params.logging}
        format={params.format}
        onFormat={params.setFormat}
      />
    </Page>
  )
}
