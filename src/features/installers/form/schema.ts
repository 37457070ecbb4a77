import { z } from '@/lib/zod'

import { validateDelegateName, validateTags } from '../lib/names'
import type { InstallerConfig } from '../lib/types'

import { KUBERNETES_TYPES } from './options'

const typeSchema = z.enum(['kubernetes', 'helm', 'docker', 'shell', 'ecs', 'terraform'])
const sizeSchema = z.enum(['LAPTOP', 'SMALL', 'MEDIUM', 'LARGE'])
const permissionSchema = z.enum(['CLUSTER_ADMIN', 'CLUSTER_VIEWER', 'NAMESPACE_ADMIN'])
const clusterSchema = z.enum(['prod1', 'prod2', 'prod3', 'prod0', 'prod4', 'eu'])

/** "prod, aws" → ['prod', 'aws']: the tags input is one comma-separated line. */
export function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0)
}

/** Docker image tags: https://docs.docker.com/reference/cli/docker/image/tag/ */
const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

/** A DNS label (letters, digits, '-', and '_' as internal names use), not starting or ending with '-'. */
const LABEL = '[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?'
/** A host name or IPv4 address (RFC 1123 §2.1), up to 253 characters, optional final dot. */
const HOST_NAME = new RegExp(`^(?=.{1,253}$)${LABEL}(?:\\.${LABEL})*\\.?$`)
/** An IPv6 address, bare or in brackets: hex groups and colons (an IPv4 tail allowed). */
const IPV6 = /^\[?(?=[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)[0-9A-Fa-f:.]{2,45}\]?$/

/** Whether `value` is a host a proxy can be: a host name, an IPv4 or an IPv6 address. */
export function isProxyHost(value: string): boolean {
  return HOST_NAME.test(value) || IPV6.test(value)
}

/** A refinement from a validator that returns a message or undefined. */
const check =
  (validate: (value: string) => string | undefined) => (value: string, ctx: z.RefinementCtx) => {
    const message = validate(value)
    if (message) ctx.addIssue({ code: 'custom', message })
  }

export const installerFormSchema = z
  .object({
    type: typeSchema,
    delegateName: z.string().superRefine(check(validateDelegateName)),
    tokenName: z.string().min(1, 'Choose an active delegate token.'),
    size: sizeSchema,
    tags: z.string().superRefine(check((text) => validateTags(parseTags(text)))),
    permission: permissionSchema,
    namespace: z.string(),
    cluster: clusterSchema,
    proxyEnabled: z.boolean(),
    proxyHost: z.string(),
    proxyPort: z.string(),
    proxyScheme: z.enum(['http', 'https']),
    proxyUser: z.string(),
    noProxy: z.string(),
    imageVersion: z.string().superRefine(
      check((v) => {
        if (!v) return 'Enter the delegate image version, e.g. 25.10.86800.'
        return IMAGE_TAG.test(v)
          ? undefined
          : "Use an image tag: letters, digits, '.', '_' or '-' (up to 128)."
      }),
    ),
    stackDriverLogging: z.boolean(),
  })
  .superRefine((values, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message })
    // The Manager refuses NAMESPACE_ADMIN without a namespace ([SRC] DelegateDownloadServiceImpl).
    if (KUBERNETES_TYPES.includes(values.type) && values.permission === 'NAMESPACE_ADMIN') {
      if (!values.namespace) issue('namespace', 'Enter the namespace the delegate may manage.')
      else {
        const error = validateDelegateName(values.namespace)
        if (error) issue('namespace', error)
      }
    }
    if (!values.proxyEnabled) return
    if (!values.proxyHost.trim())
      issue('proxyHost', 'Enter the proxy host, e.g. proxy.internal.example.com.')
    else if (/:\/\/|\s/.test(values.proxyHost))
      issue(
        'proxyHost',
        'Enter the host name only, without a scheme or spaces (choose the scheme below).',
      )
    else if (!isProxyHost(values.proxyHost.trim()))
      issue(
        'proxyHost',
        "Enter a host name (letters, digits, '-' and dots, e.g. proxy.internal.example.com) or an IP address.",
      )
    const port = Number(values.proxyPort)
    if (!/^\d+$/.test(values.proxyPort) || port < 1 || port > 65535)
      issue('proxyPort', 'Enter a port from 1 to 65535.')
  })

export type InstallerFormValues = z.infer<typeof installerFormSchema>

/** The generator input for form values; the token value is supplied only when building a download. */
export function toInstallerConfig(
  values: InstallerFormValues,
  accountId: string,
  tokenValue: string | null,
): InstallerConfig {
  const isKubernetes = KUBERNETES_TYPES.includes(values.type)
  const namespaced = isKubernetes && values.permission === 'NAMESPACE_ADMIN'
  return {
    type: values.type,
    accountId,
    delegateName: values.delegateName,
    token: { name: values.tokenName, value: tokenValue },
    size: values.size,
    tags: parseTags(values.tags),
    permission: isKubernetes ? values.permission : 'CLUSTER_ADMIN',
    namespace: namespaced ? values.namespace : undefined,
    cluster: values.cluster,
    proxy: values.proxyEnabled
      ? {
          host: values.proxyHost.trim(),
          port: values.proxyPort,
          scheme: values.proxyScheme,
          username: values.proxyUser || undefined,
          noProxy: values.noProxy || undefined,
        }
      : undefined,
    imageVersion: values.imageVersion,
    stackDriverLogging: values.stackDriverLogging,
  }
}
