import { stringify } from 'yaml'

import { shellQuote } from '@/lib/shell-quote'

/** One step of putting a new token into a delegate; `code` is shown ready to copy. */
export interface Instruction {
  text: string
  code?: string
  /** What `code` is: commands to paste into a terminal, or text for a file. */
  language?: 'shell' | 'yaml' | 'json'
}

export const VALUE_PLACEHOLDER = '<new token value>'

/**
 * The files the console's installers write (features/installers/lib; features do not import one
 * another, so src/app/rotation-matches-installers.test.ts checks these names against them).
 */
export const KUBERNETES_MANIFEST = 'harness-delegate.yaml'
export const HELM_VALUES = 'harness-delegate-values.yaml'
export const COMPOSE_FILE = 'docker-compose.yaml'
export const DOCKER_RUN_SCRIPT = 'docker-run.sh'
export const ECS_TASK_SPEC = 'harness-delegate-ecs-task-spec.json'
export const TERRAFORM_FILE = 'main.tf'
const DEFAULT_NAMESPACE = 'harness-delegate-ng'

/**
 * Placeholders in commands are quoted too, so a command pasted before they are replaced still
 * parses and does nothing worse than fail to find `<container ID>`.
 */
const placeholder = (text: string) => shellQuote(`<${text}>`)

/**
 * The steps of seed 002 ("Option: Update and Restart Existing Delegate") for a delegate type, with
 * the new value filled in. YAML and JSON are built with libraries so any value is quoted right;
 * in commands every value that is not the console's own text goes through `shellQuote`: group
 * names come from the Manager, where any string may be registered (e.g. `$(id)`).
 */
export function updateInstructions(
  type: string | null | undefined,
  { value, groupName }: { value: string | null; groupName: string },
): Instruction[] {
  const token = value ?? VALUE_PLACEHOLDER
  switch (type) {
    case 'KUBERNETES':
    case 'CE_KUBERNETES':
      return kubernetesSteps(token, groupName)
    case 'HELM_DELEGATE':
      return [
        {
          text: `In the Helm values file you downloaded (${HELM_VALUES}), set delegateToken:`,
          code: stringify({ delegateToken: token }),
          language: 'yaml',
        },
        {
          text: 'Upgrade the release with the values file (change --namespace if you installed into another one):',
          code: `helm upgrade -i ${shellQuote(groupName)} harness-delegate/harness-delegate-ng -f ${HELM_VALUES} --namespace ${DEFAULT_NAMESPACE}`,
          language: 'shell',
        },
      ]
    case 'SHELL_SCRIPT':
      return [
        {
          text: 'In config-watcher.yaml and config-delegate.yaml, update the delegateToken variable:',
          code: stringify({ delegateToken: token }),
          language: 'yaml',
        },
        {
          text: 'Delegates installed a while ago may name it accountSecret in these files. Replace those references with delegateToken.',
        },
        { text: 'Or download a new tar.gz file and reinstall the delegate.' },
      ]
    case 'DOCKER':
      return dockerSteps(token)
    case 'ECS':
      return [
        {
          text: 'Stop the delegate task:',
          code: `aws ecs stop-task --task ${placeholder('task ID or full ARN of the task')}`,
          language: 'shell',
        },
        {
          text: `In the task definition you downloaded (${ECS_TASK_SPEC}), set the DELEGATE_TOKEN entry of "environment":`,
          code: JSON.stringify({ name: 'DELEGATE_TOKEN', value: token }, null, 2),
          language: 'json',
        },
        {
          text: 'Register the new revision:',
          code: `aws ecs register-task-definition --cli-input-json file://${ECS_TASK_SPEC}`,
          language: 'shell',
        },
        {
          text: 'Start the delegate task with the new revision:',
          code: [
            'aws ecs start-task \\',
            `  --task-definition ${placeholder('family:revision or full ARN')} \\`,
            `  --container-instances ${placeholder('container instance IDs or full ARNs')}`,
          ].join('\n'),
          language: 'shell',
        },
      ]
    default:
      return [
        {
          text: `Reinstall this delegate with the new token (its type, ${type ?? 'unknown'}, has no documented in-place update).`,
        },
      ]
  }
}

/**
 * The manifest keeps the token in the Secret `<name>-account-token`, read by the Deployment through
 * `secretKeyRef` (the console's file and the Manager's alike). A pod reads it when it starts, so
 * the Deployment is restarted after the Secret changes.
 */
function kubernetesSteps(token: string, groupName: string): Instruction[] {
  return [
    {
      text: `In ${KUBERNETES_MANIFEST}, the token is the DELEGATE_TOKEN key of the Secret ${groupName}-account-token. Set it under stringData (a stringData key wins over the same key under data, where the Manager's file keeps it base64-encoded):`,
      code: stringify({ stringData: { DELEGATE_TOKEN: token } }),
      language: 'yaml',
    },
    { text: 'Apply it:', code: `kubectl apply -f ${KUBERNETES_MANIFEST}`, language: 'shell' },
    {
      text: 'The delegate reads the Secret when its pods start: restart them (change --namespace if you installed into another one):',
      code: `kubectl rollout restart ${shellQuote(`deployment/${groupName}`)} --namespace ${DEFAULT_NAMESPACE}`,
      language: 'shell',
    },
    {
      text: `Installed with Terraform (${TERRAFORM_FILE})? Set delegate_token there instead, run terraform apply, then restart the pods as above.`,
    },
  ]
}

/** Compose reads `$` as interpolation: `$$` is a literal dollar (compose-spec, interpolation). */
const composeLiteral = (value: string) => value.replaceAll('$', '$$$$')

/**
 * The console writes a compose file and a `docker run` script. Docker cannot change a running
 * container's environment: compose recreates it when the file changes; the script's container is
 * removed and run again.
 */
function dockerSteps(token: string): Instruction[] {
  return [
    {
      text: `With ${COMPOSE_FILE}: set DELEGATE_TOKEN under environment:`,
      code: stringify({ environment: { DELEGATE_TOKEN: composeLiteral(token) } }),
      language: 'yaml',
    },
    {
      text: 'Recreate the container with the new setting (run it where the file is):',
      code: 'docker compose up -d',
      language: 'shell',
    },
    {
      text: `With ${DOCKER_RUN_SCRIPT}: set the value of its -e 'DELEGATE_TOKEN=…' option, then remove the running container (its ID from docker ps):`,
      code: `docker rm -f ${placeholder('container ID')}`,
      language: 'shell',
    },
    { text: 'Run the script again:', code: `bash ${DOCKER_RUN_SCRIPT}`, language: 'shell' },
  ]
}
