import { shellQuote } from '@/lib/shell-quote'

/**
 * Removing what runs, as opposed to deleting the group in Harness. Harness's "Delete a delegate"
 * (HARNESS_DOCS.deleteDelegate) gives them as two steps: "Step 1: Delete the deployment for the
 * delegate" from the cluster, then "Step 2: Delete the delegate in Harness". The console's delete
 * is the Manager's delete call, which cannot reach the customer's infrastructure, so it is step 2
 * only. I found no sentence in the docs saying in so many words that deleting in the UI leaves the
 * delegate running; the page's order is the source. Harness also drops a delegate that sent no
 * heartbeat for 6 hours from its list, and a group with no active delegate for 7 days
 * (HARNESS_DOCS.registration).
 */
export const UNINSTALL_NOTE =
  'Deleting the group here removes Harness’s record of it; it does not stop or remove anything on your infrastructure. Harness’s “Delete a delegate” page removes the delegate where it runs first, then deletes it in Harness.'

export interface UninstallStep {
  title: string
  command: string
}

export interface UninstallTarget {
  name: string
  type: string | null | undefined
  /** Kubernetes and Helm only; Harness's default is harness-delegate-ng. */
  namespace?: string
}

const DEFAULT_NAMESPACE = 'harness-delegate-ng'
const placeholder = (text: string) => shellQuote(`<${text}>`)

/**
 * Ordered commands that remove a delegate group's workload for its installer type; [] for a type
 * with no documented install. Every value is shell-quoted (names come from the Manager, where any
 * string may be registered); placeholders are quoted too, so a command pasted unedited fails
 * rather than doing something else.
 */
export function uninstallCommands(group: UninstallTarget): UninstallStep[] {
  const ns = shellQuote(group.namespace || DEFAULT_NAMESPACE)
  switch (group.type) {
    case 'KUBERNETES':
    case 'CE_KUBERNETES':
      return kubernetesSteps(group.name, ns)
    case 'HELM_DELEGATE':
      return [
        {
          // [INF] Harness's install command names the release after the delegate (REFERENCE.md §4d).
          title: 'Find the release (Harness’s install command names it after the delegate)',
          command: `helm list --namespace ${ns}`,
        },
        {
          title: 'Uninstall it: this removes the delegate’s Deployment and the chart’s upgrader',
          command: `helm uninstall ${shellQuote(group.name)} --namespace ${ns}`,
        },
      ]
    case 'DOCKER':
      return dockerSteps(group.name)
    case 'SHELL_SCRIPT':
      return [
        {
          // stop.sh ships with the shell-script delegate ([SRC] harness-core
          // rest/src/main/resources/delegatetemplates/stop.sh.ftl): it stops the watcher, then the delegate.
          title:
            'In the directory the delegate runs from (where start.sh is), stop the watcher and the delegate',
          command: `cd ${placeholder('delegate directory')} && ./stop.sh`,
        },
        {
          title: 'Remove that directory',
          command: `rm -rf -- ${placeholder('delegate directory')}`,
        },
      ]
    case 'ECS':
      return [
        {
          title: 'Delete the ECS service that runs the delegate (--force stops its tasks too)',
          command: `aws ecs delete-service --cluster ${placeholder('cluster')} --service ${placeholder('service')} --force`,
        },
        {
          // The console's task file uses the family harness-ng-delegate; Harness's ECS page uses
          // harness-delegate-task-spec (HARNESS_DOCS.ecsFargate).
          title:
            'List the task definition’s revisions (family harness-ng-delegate from this console, harness-delegate-task-spec from Harness’s page)',
          command: `aws ecs list-task-definitions --family-prefix ${placeholder('task definition family')}`,
        },
        {
          title: 'Deregister each revision',
          command: `aws ecs deregister-task-definition --task-definition ${placeholder('family:revision')}`,
        },
      ]
    default:
      return []
  }
}

/**
 * Harness's page deletes the Deployment and `<name>-upgrader-job`. Not `kubectl delete -f` on the
 * manifest: both Harness's file and the console's declare the Namespace, and deleting it would
 * take every other delegate in that namespace with it.
 */
function kubernetesSteps(name: string, ns: string): UninstallStep[] {
  return [
    {
      title: 'Delete the delegate’s Deployment: its pods stop',
      command: `kubectl delete deployment ${shellQuote(name)} --namespace ${ns}`,
    },
    {
      title: 'Delete its upgrader CronJob, if it has one',
      command: `kubectl delete cronjob ${shellQuote(`${name}-upgrader-job`)} --namespace ${ns} --ignore-not-found`,
    },
    {
      // [INF] Both manifests keep the token in the Secret <name>-account-token (see
      // rotation/update-instructions.ts).
      title: 'Delete the Secret that holds its token',
      command: `kubectl delete secret ${shellQuote(`${name}-account-token`)} --namespace ${ns} --ignore-not-found`,
    },
    {
      title: 'Check what is left in the namespace (Harness’s page lists it this way)',
      command: `kubectl get all --namespace ${ns}`,
    },
  ]
}

/**
 * Neither Harness's `docker run` nor the console's names the container, so containers are found as
 * Harness's upgrader script finds them (HARNESS_DOCS.dockerUpgrader): by their DELEGATE_NAME
 * variable, and the upgrader by its UPGRADER_WORKLOAD_NAME. `grep -qxF` matches whole lines,
 * literally, so `prod` does not match `prod-2`.
 */
function dockerSteps(name: string): UninstallStep[] {
  const list = forEachDockerContainer(name, DOCKER_LIST)
  const remove = forEachDockerContainer(name, 'docker rm -f "$id"')
  if (list === null || remove === null) {
    return [
      {
        title: 'List every container; remove the delegate’s and its upgrader’s with docker rm -f',
        command: 'docker ps -a',
      },
    ]
  }
  return [
    { title: 'List the containers of this delegate and of its upgrader', command: list },
    { title: 'Remove them', command: remove },
    {
      title: 'Started with Docker Compose? Run this in the directory of its compose file instead',
      command: 'docker compose down',
    },
  ]
}

/** Prints a found container's ID, name, image and state. */
export const DOCKER_LIST = `docker inspect --format "$id  {{.Name}}  {{.Config.Image}}  {{.State.Status}}" "$id"`

/**
 * A loop running `action` (with `$id` set) for every container whose DELEGATE_NAME or
 * UPGRADER_WORKLOAD_NAME is `name`; null for a name with a line break, which grep would read as
 * two patterns (such containers are found by hand).
 */
export function forEachDockerContainer(name: string, action: string): string | null {
  if (name.includes('\n')) return null
  const env = `docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' "$id"`
  const match = `grep -qxF -e ${shellQuote(`DELEGATE_NAME=${name}`)} -e ${shellQuote(`UPGRADER_WORKLOAD_NAME=${name}`)}`
  return `for id in $(docker ps -aq); do if ${env} | ${match}; then ${action}; fi; done`
}
