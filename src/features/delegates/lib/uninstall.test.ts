/// <reference types="node" />
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { bashSyntaxCheck, runSandboxed, shellcheck } from '@/test/shell-sandbox'

import { uninstallCommands } from './uninstall'

const TYPES = ['KUBERNETES', 'CE_KUBERNETES', 'HELM_DELEGATE', 'DOCKER', 'SHELL_SCRIPT', 'ECS']
const hostile = "x'; rm -rf /"

test('a hostile name stays one quoted word in every command', () => {
  const k8s = uninstallCommands({ name: hostile, type: 'KUBERNETES' }).map((s) => s.command)
  expect(k8s[0]).toBe(
    `kubectl delete deployment 'x'"'"'; rm -rf /' --namespace 'harness-delegate-ng'`,
  )
  expect(k8s[1]).toContain(`'x'"'"'; rm -rf /-upgrader-job'`)
  const helm = uninstallCommands({ name: hostile, type: 'HELM_DELEGATE', namespace: 'a b' })
  expect(helm.at(-1)?.command).toBe(`helm uninstall 'x'"'"'; rm -rf /' --namespace 'a b'`)
  const docker = uninstallCommands({ name: hostile, type: 'DOCKER' })
  expect(docker[1].command).toContain(`-e 'DELEGATE_NAME=x'"'"'; rm -rf /'`)
})

test('every installer type has steps; an unknown type has none', () => {
  for (const type of TYPES) expect(uninstallCommands({ name: 'd', type }).length).toBeGreaterThan(0)
  expect(uninstallCommands({ name: 'd', type: 'SOMETHING_NEW' })).toEqual([])
  expect(uninstallCommands({ name: 'd', type: null })).toEqual([])
})

test('Kubernetes deletes named objects, never the namespace the manifest declares', () => {
  const commands = uninstallCommands({ name: 'eks', type: 'KUBERNETES', namespace: 'team-a' })
  expect(commands.map((s) => s.command)).toEqual([
    `kubectl delete deployment 'eks' --namespace 'team-a'`,
    `kubectl delete cronjob 'eks-upgrader-job' --namespace 'team-a' --ignore-not-found`,
    `kubectl delete secret 'eks-account-token' --namespace 'team-a' --ignore-not-found`,
    `kubectl get all --namespace 'team-a'`,
  ])
})

describe.each([...INJECTION_PAYLOADS, hostile])('a group named %j', (name) => {
  it.each(TYPES)('%s: each command parses, passes shellcheck and runs inert', (type) => {
    const steps = uninstallCommands({ name, type, namespace: name })
    for (const { command } of steps) {
      expect(bashSyntaxCheck(`${command}\n`), command).toEqual({ status: 0, stderr: '' })
      expect(shellcheck(`${command}\n`, { exclude: ['SC2016'] }), command).toEqual({
        status: 0,
        output: '',
      })
    }
    // The shell-script steps remove the admin's own directory on purpose (rm is a canary here).
    if (type === 'SHELL_SCRIPT') return
    const run = runSandboxed(`${steps.map((s) => s.command).join('\n')}\n`)
    expect(run.canaries).toEqual([])
    // kubectl and helm get the name (and the namespace, set to it here) as literal arguments.
    if (type !== 'ECS')
      for (const call of run.calls.filter((c) => c[0] !== 'docker')) expect(call).toContain(name)
  })
})

/**
 * A fake docker with three containers: this delegate, its upgrader, and a delegate whose name
 * only starts the same. Only the first two are removed.
 */
function fakeDocker(name: string) {
  const dir = mkdtempSync(join(tmpdir(), 'uninstall-docker-'))
  const env = {
    c1: `DELEGATE_NAME=${name}`,
    c2: `UPGRADER_WORKLOAD_NAME=${name}`,
    c3: `DELEGATE_NAME=${name}-2`,
  }
  for (const [id, line] of Object.entries(env)) writeFileSync(join(dir, id), `PATH=/bin\n${line}\n`)
  const docker = join(dir, 'docker')
  writeFileSync(
    docker,
    [
      '#!/bin/bash',
      'case "$1" in',
      '  ps) printf "c1\\nc2\\nc3\\n" ;;',
      `  inspect) cat "${dir}/\${!#}" ;;`,
      `  rm) printf '%s\\n' "\${!#}" >>"${dir}/removed" ;;`,
      'esac',
    ].join('\n'),
  )
  chmodSync(docker, 0o755)
  return dir
}

test.each(['prod', hostile, '$(id)'])('Docker removes exactly %j and its upgrader', (name) => {
  const dir = fakeDocker(name)
  const remove = uninstallCommands({ name, type: 'DOCKER' })[1].command
  writeFileSync(join(dir, 'remove.sh'), `${remove}\n`)
  const result = spawnSync('bash', [join(dir, 'remove.sh')], {
    encoding: 'utf8',
    env: { PATH: `${dir}:/usr/bin:/bin`, HOME: dir },
  })
  expect(result.stderr).toBe('')
  expect(readFileSync(join(dir, 'removed'), 'utf8')).toBe('c1\nc2\n')
})
