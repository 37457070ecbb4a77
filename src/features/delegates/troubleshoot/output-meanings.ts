/**
 * What a check's output means, one line per case. Harness's words where it has them: the
 * minimums from "Delegate system requirements" (1 replica: 2 GB / 0.5 CPU), the CrashLoopBackOff
 * line and JAVA_OPTS from the registration and troubleshooting pages, PROXY_MANAGER, NO_PROXY and
 * CIDR from "Configure delegate proxy settings", POLL_FOR_TASKS from the troubleshooting page.
 * The rest reads the tools' own output (curl, docker pull, kubectl describe).
 */

/** What curl's output means; the same wherever it runs. */
export const REACH_MEANING = (host: string) => [
  `Any HTTP status code (200, 301, 404…): DNS, the route, port 443 and TLS to ${host} all work from there.`,
  'Could not resolve host: DNS does not resolve the Manager; check it with nslookup, as Harness’s troubleshooting page does.',
  'Connection timed out or refused: outbound HTTPS on port 443 is blocked (a firewall, a security group, or a proxy the command did not use).',
  'SSL certificate problem: the certificate presented is not trusted there, often a proxy that inspects TLS.',
]

export const PULL_MEANING = [
  'Pull complete or Image is up to date: the registry can be reached and the tag exists.',
  'manifest unknown or not found: no image has that tag; compare it with the version Harness publishes.',
  'A timeout, connection refused or TLS error: the host cannot reach the registry (Docker Hub for harness/delegate).',
  'toomanyrequests: Docker Hub’s pull rate limit; sign in to Docker Hub or use a mirror.',
]

export const CRASH_MEANING = [
  'Last State: Terminated with Reason: OOMKilled: the container ran out of memory; raise its memory limit.',
  'Limits below 2 GB of memory or 0.5 CPU: under Harness’s minimum for one replica (Delegate system requirements).',
  'Events with FailedScheduling and Insufficient cpu or memory: the nodes have no room; Harness’s registration page shows this as “CrashLoopBackOff: Kubernetes Cluster Resources are not available”.',
  'java.lang.OutOfMemoryError in the previous logs: the Java heap is too small; Harness suggests -Xmx or MaxRAMPercentage through JAVA_OPTS.',
]

export const PROXY_MEANING = [
  'Nothing printed, or PROXY_HOST empty: no proxy is set; the delegate connects directly.',
  'PROXY_MANAGER=false: the delegate bypasses the proxy to reach the Manager (Harness’s proxy page).',
  'A Kubernetes delegate behind a proxy needs the cluster master’s IP in NO_PROXY; subnet masks (CIDR) are not supported there.',
  'A proxy or firewall that does not understand WebSocket can drop the connection; Harness’s troubleshooting page has the delegate poll instead with POLL_FOR_TASKS=true.',
]
