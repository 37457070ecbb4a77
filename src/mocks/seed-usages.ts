import type { MockDb, MockEntityRef, MockSetupUsage } from './db'

const DAY = 86_400_000

/**
 * Where the seeded connectors are used: records the Manager's pipeline and CD services would have
 * written (the mock has no pipelines, services or environments of its own, only these records).
 * Secrets stored in a secret manager are not here: the handler derives them from the secrets
 * (setup-usages.ts), as the Manager writes one when a secret is saved.
 *
 * - github_acme (account): two pipelines' codebases, a service's manifests and a template.
 * - eks_prod (project default / cd_platform): an infrastructure definition of the Production
 *   environment, and the pipeline that deploys to it.
 * - vault_prod (account): the secret stored in it (seed.ts).
 */
export function seedSetupUsages(now: number): MockSetupUsage[] {
  const github: MockEntityRef = {
    type: 'Connectors',
    identifier: 'github_acme',
    name: 'GitHub acme',
  }
  const eks: MockEntityRef = {
    type: 'Connectors',
    identifier: 'eks_prod',
    name: 'EKS prod cluster',
    orgIdentifier: 'default',
    projectIdentifier: 'cd_platform',
  }
  // [INF] `identifier` is where in the pipeline the reference sits; `referenceType` its kind.
  const inPipeline = (identifier: string) => ({
    type: 'EntityReferredByPipelineSetupUsageDetail',
    identifier,
    referenceType: 'CONNECTOR',
  })
  return [
    {
      referred: github,
      referredBy: {
        type: 'Pipelines',
        identifier: 'build_checkout',
        name: 'Build and push checkout',
        orgIdentifier: 'default',
        projectIdentifier: 'ci_builds',
      },
      detail: inPipeline('pipeline.properties.ci.codebase.connectorRef'),
      createdAt: now - 120 * DAY,
    },
    {
      referred: github,
      referredBy: {
        type: 'Pipelines',
        identifier: 'deploy_payments_api',
        name: 'Deploy payments API',
        orgIdentifier: 'payments',
        projectIdentifier: 'checkout',
      },
      detail: inPipeline(
        'pipeline.stages.fetch_config.spec.execution.steps.clone.spec.connectorRef',
      ),
      createdAt: now - 60 * DAY,
    },
    {
      referred: github,
      referredBy: {
        type: 'Service',
        identifier: 'checkout_api',
        name: 'Checkout API',
        orgIdentifier: 'payments',
        projectIdentifier: 'checkout',
      },
      createdAt: now - 58 * DAY,
    },
    {
      referred: github,
      referredBy: { type: 'Template', identifier: 'go_build_stage', name: 'Go build stage' },
      createdAt: now - 200 * DAY,
    },
    {
      referred: eks,
      referredBy: {
        type: 'Infrastructure',
        identifier: 'eks_prod_us_east_1',
        name: 'EKS prod us-east-1',
        orgIdentifier: 'default',
        projectIdentifier: 'cd_platform',
      },
      // [SRC] EntityReferredByInfraSetupUsageDetail: the environment the definition belongs to.
      detail: {
        type: 'EntityReferredByInfraSetupUsageDetail',
        environmentIdentifier: 'production',
        environmentName: 'Production',
      },
      createdAt: now - 85 * DAY,
    },
    {
      referred: eks,
      referredBy: {
        type: 'Pipelines',
        identifier: 'deploy_to_production',
        name: 'Deploy to production',
        orgIdentifier: 'default',
        projectIdentifier: 'cd_platform',
      },
      detail: inPipeline('pipeline.stages.deploy.spec.environment.infrastructureDefinitions'),
      createdAt: now - 80 * DAY,
    },
  ]
}

/**
 * Account settings as seeded. Harness ships `enable_force_delete` off; the demo account (Acme) has
 * turned it on, a brand-new account has not ([DOC] developer.harness.io platform/settings/
 * default-settings, "Enable Force Delete of Harness Resources").
 */
export function seedSettings(forceDelete: boolean): MockDb['settings'] {
  return { enable_force_delete: String(forceDelete) }
}
