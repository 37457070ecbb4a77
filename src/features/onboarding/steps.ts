import { paths } from '@/lib/paths'

export type StepId = 'scope' | 'token' | 'installer' | 'delegate' | 'connector' | 'test'

export interface OnboardingStep {
  id: StepId
  title: string
  /** One sentence on the checklist. */
  summary: string
  /** The real page the step is done on (none for the inline scope-and-cluster step). */
  path?: string
  /** Other pages that belong to the step (the banner stays while the admin is there). */
  alsoOn?: RegExp
  /** The walkthrough banner: what to do on that page. */
  instruction: string
}

/** The first-run path of a new admin, in order (issue 8). */
export const STEPS: OnboardingStep[] = [
  {
    id: 'scope',
    title: 'Choose scope and cluster',
    summary: 'Where your delegates live, and which Harness cluster your account is on.',
    instruction: 'Pick the scope in the header and your account’s cluster below.',
  },
  {
    id: 'token',
    title: 'Generate a delegate token',
    summary: 'A token of its own for each environment, so you can rotate and revoke safely.',
    path: paths.delegateTokens,
    instruction:
      'Select “Generate token”, name it after the environment (for example prod_eks), and keep the value: it is shown once and copied to your clipboard.',
  },
  {
    id: 'installer',
    title: 'Download an installer',
    summary:
      'A Kubernetes manifest, Helm values, Docker, shell, ECS or Terraform file with the token filled in.',
    path: paths.installers,
    instruction:
      'Choose how you run the delegate, pick the token you just generated, then download the file and run the commands shown.',
  },
  {
    id: 'delegate',
    title: 'See the delegate connect',
    summary: 'The delegate calls home over HTTPS 443; no inbound port is needed.',
    path: paths.delegates,
    instruction:
      'Wait for your delegate to show as connected. If it does not within a few minutes, check outbound 443 to the Manager and any proxy.',
  },
  {
    id: 'connector',
    title: 'Create your first connector',
    summary:
      'Connect a code repository, registry, cloud, secret manager, monitoring or ticketing tool.',
    path: paths.newConnector,
    alsoOn: /^\/connectors(\/|$)/,
    instruction:
      'Pick a provider; the side panel lists the permissions and ports it needs. Credentials are secret references, never plain values.',
  },
  {
    id: 'test',
    title: 'Test the connector',
    summary:
      'A successful connection test proves the delegate can reach the tool with those credentials.',
    path: paths.connectors,
    instruction:
      'Select Test on your connector. A failure says which stage failed (delegate, authentication or connection) and what to check.',
  },
]

export function stepFor(id: string | null | undefined) {
  return STEPS.find((s) => s.id === id)
}
