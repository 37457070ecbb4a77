import { delegateImage, namespaceOf, replicasOf, resourcesOf, tagsValue, tokenValue } from './env'
import { hclAttributes, hclValue, type HclValue } from '@/lib/hcl-string'
import { managerEndpoint } from './managers'
import { TOKEN_PLACEHOLDER, type InstallerConfig, type InstallerFile } from './types'

export const TERRAFORM_FILENAME = 'main.tf'

/**
 * Inputs of `harness/harness-delegate/kubernetes` (vars.tf in
 * harness/terraform-kubernetes-harness-delegate). Tags, description, size and Stackdriver have no
 * module input, so they go through `values`, chart values the module merges in (as `yamlencode({...})`).
 */
function moduleInputs(config: InstallerConfig): [string, string][] {
  const proxy = config.proxy
  const { cpu, memoryMi } = resourcesOf(config)
  const extraValues = {
    tags: tagsValue(config),
    description: config.description ?? '',
    k8sPermissionsType: config.permission,
    cpu,
    memory: memoryMi,
    custom_envs: [
      { name: 'STACK_DRIVER_LOGGING_ENABLED', value: String(config.stackDriverLogging) },
    ],
  }
  const inputs: [string, HclValue | undefined][] = [
    ['account_id', config.accountId],
    ['delegate_token', tokenValue(config)],
    ['delegate_name', config.delegateName],
    ['deploy_mode', 'KUBERNETES'],
    ['namespace', namespaceOf(config)],
    ['manager_endpoint', managerEndpoint(config.cluster)],
    ['delegate_image', delegateImage(config)],
    ['replicas', replicasOf(config)],
    ['upgrader_enabled', true],
    ['proxy_host', proxy?.host],
    ['proxy_port', proxy && String(proxy.port)],
    ['proxy_scheme', proxy?.scheme],
    ['proxy_user', proxy?.username],
    ['no_proxy', proxy?.noProxy],
  ]
  return [
    ...inputs.flatMap(([key, value]): [string, string][] =>
      value === undefined ? [] : [[key, hclValue(value)]],
    ),
    ['values', `yamlencode(${hclValue(extraValues, '  ')})`],
  ]
}

/** `main.tf` with one `module "delegate"` block; every value is an escaped HCL literal. */
export function buildTerraformModule(config: InstallerConfig): InstallerFile {
  const inputs = moduleInputs(config)
  const content = [
    '# Harness delegate via the harness/harness-delegate/kubernetes module (Delegate Console).',
    `# If delegate_token reads ${TOKEN_PLACEHOLDER}, paste the delegate token value there.`,
    'module "delegate" {',
    '  source  = "harness/harness-delegate/kubernetes"',
    '  version = "~> 0.2"',
    '',
    hclAttributes(inputs, '  ') + '}',
    '',
  ].join('\n')
  return {
    filename: TERRAFORM_FILENAME,
    content,
    mimeType: 'text/plain',
    nextCommands: ['terraform init', 'terraform apply'],
  }
}
