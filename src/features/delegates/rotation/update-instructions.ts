import { stringify } from 'yaml'

/** One step of putting a new token into a delegate; `code` is shown ready to copy. */
export interface Instruction {
  text: string
  code?: string
}

export const VALUE_PLACEHOLDER = '<new token value>'

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`

/**
 * The steps of seed 002 ("Option: Update and Restart Existing Delegate") for a delegate type, with
 * the new value filled in. YAML and JSON are built with libraries so any value is quoted right.
 */
export function updateInstructions(
  type: string | null | undefined,
  { value, groupName }: { value: string | null; groupName: string },
): Instruction[] {
  const token = value ?? VALUE_PLACEHOLDER
  switch (type) {
    case 'KUBERNETES':
    case 'CE_KUBERNETES':
      return [
        {
          text: 'In the harness-delegate.yaml you downloaded originally, set the value of the DELEGATE_TOKEN environment variable:',
          code: stringify([{ name: 'DELEGATE_TOKEN', value: token }]),
        },
        {
          text: 'Apply it. The delegate pods restart automatically with the updated settings.',
          code: 'kubectl apply -f harness-delegate.yaml',
        },
      ]
    case 'HELM_DELEGATE':
      return [
        {
          text: 'In the Helm values file you downloaded originally (harness-delegate-values.yaml), set delegateToken:',
          code: stringify({ delegateToken: token }),
        },
        {
          text: 'Upgrade the release with the values file (add --namespace if you installed into a specific one):',
          code: `helm upgrade -i ${groupName} harness-delegate/harness-delegate-ng -f harness-delegate-values.yaml --namespace harness-delegate-ng`,
        },
      ]
    case 'SHELL_SCRIPT':
      return [
        {
          text: 'In config-watcher.yaml and config-delegate.yaml, update the delegateToken variable:',
          code: stringify({ delegateToken: token }),
        },
        {
          text: 'Delegates installed a while ago may name it accountSecret in these files. Replace those references with delegateToken.',
        },
        { text: 'Or download a new tar.gz file and reinstall the delegate.' },
      ]
    case 'DOCKER':
      return [
        {
          text: 'Docker cannot change an environment variable of a running container: destroy the container and recreate it with the script you downloaded originally, with the new DELEGATE_TOKEN:',
          code: [
            'sudo docker rm -f <container ID>',
            'sudo docker run -d --restart unless-stopped --hostname=$(hostname -f) \\',
            `  -e DELEGATE_NAME=${shellQuote(groupName)} \\`,
            `  -e DELEGATE_TOKEN=${shellQuote(token)} \\`,
            '  … the other -e options and the image of your script',
          ].join('\n'),
        },
        {
          text: 'Check that the container has the new token:',
          code: 'sudo docker exec <container ID> env | grep DELEGATE_TOKEN',
        },
      ]
    case 'ECS':
      return [
        {
          text: 'Stop the delegate task:',
          code: 'aws ecs stop-task --task <task ID or full ARN of the task>',
        },
        {
          text: 'In the task definition, set the DELEGATE_TOKEN entry of "environment", then register the new revision:',
          code: `${JSON.stringify({ name: 'DELEGATE_TOKEN', value: token }, null, 2)}\n\naws ecs register-task-definition --cli-input-json file://task-definition.json`,
        },
        {
          text: 'Start the delegate task with the new revision:',
          code: 'aws ecs start-task \\\n  --task-definition <family:revision or full ARN> \\\n  --container-instances <container instance IDs or full ARNs>',
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
