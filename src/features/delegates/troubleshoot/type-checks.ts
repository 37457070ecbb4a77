import { shellQuote } from '@/lib/shell-quote'

import { CRASH_MEANING, PROXY_MEANING, PULL_MEANING, REACH_MEANING } from './output-meanings'

/** A command to run and what each kind of output means, one line per case. */
export interface Check {
  command: string
  meaning: string[]
}

/** The checks an installer type supports; a missing one does not apply to that type. */
export interface TypeChecks {
  running: Check
  crash?: Check
  image?: Check
  reach: Check
  proxy: Check
}

export interface CheckContext {
  name: string
  namespace: string
  managerHost: string
  /** The image tag to try, from the group's version; a placeholder when unknown. */
  version: string | null
}

const ph = (text: string) => shellQuote(`<${text}>`)

/** Prints the HTTP status only: any status proves DNS, the route, port 443 and TLS all work. */
export const curlManager = (host: string) =>
  `curl -sS -o /dev/null -w '%{http_code}\\n' ${shellQuote(`https://${host}/`)}`

/** Only the proxy settings that carry no secret (PROXY_USER and PROXY_PASSWORD are left out). */
const PROXY_VARS = ['PROXY_HOST', 'PROXY_PORT', 'PROXY_SCHEME', 'PROXY_MANAGER', 'NO_PROXY']
const proxyGrep = `grep -E '^(${PROXY_VARS.join('|')})='`

const image = (version: string | null) =>
  version ? shellQuote(`harness/delegate:${version}`) : ph('harness/delegate:version')

function kubernetes(ctx: CheckContext, helm: boolean): TypeChecks {
  const ns = `--namespace ${shellQuote(ctx.namespace)}`
  const pod = ph('pod name')
  return {
    running: {
      command: [
        ...(helm ? [`helm status ${shellQuote(ctx.name)} ${ns}`] : []),
        `kubectl get pods ${ns}`,
        `kubectl logs -f ${pod} ${ns}`,
      ].join('\n'),
      meaning: [
        'READY 1/1 and STATUS Running: the pod is up; go on to the token and the network.',
        'STATUS Pending: the pod is not scheduled yet; kubectl describe pod (next step) says why.',
        'CrashLoopBackOff: the container keeps stopping; see the next step.',
        'ErrImagePull or ImagePullBackOff: the node cannot pull the image; see the image step.',
        'No delegate pod: nothing runs in this namespace; it may be in another one (change --namespace).',
      ],
    },
    crash: {
      command: [`kubectl describe pod ${pod} ${ns}`, `kubectl logs ${pod} ${ns} --previous`].join(
        '\n',
      ),
      meaning: CRASH_MEANING,
    },
    image: {
      command: `docker pull ${image(ctx.version)}`,
      meaning: [
        'Run it on a machine on the nodes’ network: the node pulls the image, not kubectl. kubectl describe pod shows the node’s own error under Events.',
        ...PULL_MEANING,
      ],
    },
    reach: {
      command: `kubectl exec ${pod} ${ns} -- ${curlManager(ctx.managerHost)}`,
      meaning: [
        ...REACH_MEANING(ctx.managerHost),
        'executable file not found: this image has no curl; run the curl part on a node instead.',
      ],
    },
    proxy: {
      command: `kubectl set env ${shellQuote(`deployment/${ctx.name}`)} --list ${ns} | ${proxyGrep}`,
      meaning: PROXY_MEANING,
    },
  }
}

/** Harness's and the console's `docker run` leave the container unnamed: find its ID first. */
function docker(ctx: CheckContext, find: string): TypeChecks {
  const id = ph('container ID')
  return {
    running: {
      command: [find, `docker logs --tail 200 ${id}`].join('\n'),
      meaning: [
        'Each line: a container whose DELEGATE_NAME (or an upgrader’s UPGRADER_WORKLOAD_NAME) is this group’s, with its state.',
        'running: the container is up; go on to the token and the network.',
        'exited or restarting: it stopped; its logs (second command) say why.',
        'Nothing listed: no container on this host runs this delegate.',
      ],
    },
    crash: {
      command: `docker inspect --format 'status={{.State.Status}} restarts={{.RestartCount}} oom={{.State.OOMKilled}} memory={{.HostConfig.Memory}}' ${id}`,
      meaning: [
        'oom=true: the container ran out of memory; run it with more (--memory).',
        'memory below 2147483648 (2 GB) and not 0: under Harness’s minimum for one delegate (Delegate system requirements).',
        'restarts growing: it keeps stopping; docker logs shows the last error.',
        CRASH_MEANING[3],
      ],
    },
    image: { command: `docker pull ${image(ctx.version)}`, meaning: PULL_MEANING },
    reach: {
      command: [
        `docker exec ${id} ${curlManager(ctx.managerHost)}`,
        curlManager(ctx.managerHost),
      ].join('\n'),
      meaning: [
        'The first runs inside the container, the second on the host.',
        ...REACH_MEANING(ctx.managerHost),
      ],
    },
    proxy: {
      command: `docker inspect --format '{{range .Config.Env}}{{println .}}{{end}}' ${id} | ${proxyGrep}`,
      meaning: PROXY_MEANING,
    },
  }
}

/** Checks per installer type, or null for a type the console has no commands for. */
export function typeChecks(
  type: string | null | undefined,
  ctx: CheckContext,
  dockerFind: string,
): TypeChecks | null {
  switch (type) {
    case 'KUBERNETES':
    case 'CE_KUBERNETES':
      return kubernetes(ctx, false)
    case 'HELM_DELEGATE':
      return kubernetes(ctx, true)
    case 'DOCKER':
      return docker(ctx, dockerFind)
    case 'SHELL_SCRIPT':
      return shellScript(ctx)
    case 'ECS':
      return ecs(ctx)
    default:
      return null
  }
}

/** stop.sh's own test ([SRC] harness-core delegatetemplates/stop.sh.ftl): -Ddelegatesourcedir=DIR. */
function shellScript(ctx: CheckContext): TypeChecks {
  const dir = ph('delegate directory')
  return {
    running: {
      command: [
        `pgrep -af 'delegatesourcedir|watchersourcedir'`,
        `tail -n 100 ${dir}/watcher.log`,
      ].join('\n'),
      meaning: [
        'A java process with -Ddelegatesourcedir=… and one with -Dwatchersourcedir=…: the delegate and its watcher run from that directory.',
        'Only the watcher: it starts the delegate; watcher.log says what went wrong.',
        'Nothing: neither runs; start them with ./start.sh in the delegate’s directory.',
      ],
    },
    reach: { command: curlManager(ctx.managerHost), meaning: REACH_MEANING(ctx.managerHost) },
    proxy: {
      command: `${proxyGrep} ${dir}/proxy.config`,
      meaning: ['No such file: no proxy is set.', ...PROXY_MEANING.slice(0, 2), PROXY_MEANING[3]],
    },
  }
}

function ecs(ctx: CheckContext): TypeChecks {
  const where = `--cluster ${ph('cluster')}`
  return {
    running: {
      command: [
        `aws ecs describe-services ${where} --services ${ph('service')} --query 'services[0].{desired:desiredCount,running:runningCount,events:events[:5].message}'`,
        `aws ecs list-tasks ${where} --service-name ${ph('service')} --desired-status STOPPED`,
        `aws ecs describe-tasks ${where} --tasks ${ph('task ID')} --query 'tasks[].{stopped:stoppedReason,containers:containers[].reason}'`,
      ].join('\n'),
      meaning: [
        'running equal to desired: the tasks are up; go on to the token and the network.',
        'running 0: no task stays up; the service events and the stopped tasks’ reasons say why.',
        'CannotPullContainerError: the task cannot pull the image (registry access or the tag).',
        'OutOfMemoryError or exit code 137: the task ran out of memory; Harness’s minimum is 2 GB per delegate.',
      ],
    },
    reach: {
      command: curlManager(ctx.managerHost),
      meaning: [
        'Run it on an instance in the same subnets and security groups as the tasks.',
        ...REACH_MEANING(ctx.managerHost),
      ],
    },
    proxy: {
      command: `aws ecs describe-task-definition --task-definition ${ph('family:revision')} --query "taskDefinition.containerDefinitions[].environment[?contains(['${PROXY_VARS.join("','")}'], name)]"`,
      meaning: PROXY_MEANING,
    },
  }
}
