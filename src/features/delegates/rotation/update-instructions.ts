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
      return [
        {
          text: 'In the harness-delegate.yaml you downloaded originally, set the value of the DELEGATE_TOKEN environment variable:',
          code: stringify([{ name: 'DELEGATE_TOKEN', value: token }]),
          language: 'yaml',
        },
        {
          text: 'Apply it. The delegate pods restart automatically with the updated settings.',
          code: 'kubectl apply -f harness-delegate.yaml',
          language: 'shell',
        },
      ]
    case 'HELM_DELEGATE':
      return [
        {
          text: 'In the Helm values file you downloaded originally (harness-delegate-values.yaml), set delegateToken:',
          code: stringify({ delegateToken: token }),
          language: 'yaml',
        },
        {
          text: 'Upgrade the release with the values file (change --namespace if you installed into another one):',
          code: `helm upgrade -i ${shellQuote(groupName)} harness-delegate/harness-delegate-ng -f harness-delegate-values.yaml --namespace harness-delegate-ng`,
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
      return [
        {
          text: 'Docker cannot change an environment variable of a running container: destroy the container and recreate it with the script you downloaded originally, with the new DELEGATE_TOKEN (put the container ID from sudo docker ps in place of <container ID>):',
          code: [
            `sudo docker rm -f ${placeholder('container ID')}`,
            'sudo docker run -d --restart unless-stopped --hostname="$(hostname -f)" \\',
            `  -e DELEGATE_NAME=${shellQuote(groupName)} \\`,
            `  -e DELEGATE_TOKEN=${shellQuote(token)} \\`,
            '  … the other -e options and the image of your script',
          ].join('\n'),
          language: 'shell',
        },
        {
          text: 'Check that the new container (docker run printed its ID) has the new token:',
          code: `sudo docker exec ${placeholder('new container ID')} env | grep DELEGATE_TOKEN`,
          language: 'shell',
        },
      ]
    case 'ECS':
      return [
        {
          text: 'Stop the delegate task:',
          code: `aws ecs stop-task --task ${placeholder('task ID or full ARN of the task')}`,
          language: 'shell',
        },
        {
          text: 'In the task definition, set the DELEGATE_TOKEN entry of "environment":',
          code: JSON.stringify({ name: 'DELEGATE_TOKEN', value: token }, null, 2),
          language: 'json',
        },
        {
          text: 'Register the new revision:',
          code: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
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
