/// <reference types="node" />
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Commands the generated scripts and shown commands may call: stubs record their argv instead of running. */
const RECORDED = ['docker', 'helm', 'kubectl', 'aws', 'terraform', 'curl', 'wget', 'sudo']
/** Commands only an injection would run: stubs note that they ran. */
const CANARIES = ['id', 'rm', 'whoami', 'touch', 'uname', 'hostname', 'env']

/**
 * shellcheck is required, like Chromium: the scripts the console generates are only as safe as
 * their quoting, and a run without it would pass without checking. SHELLCHECK_PATH picks another
 * binary; otherwise the one on PATH.
 */
export const SHELLCHECK = process.env.SHELLCHECK_PATH ?? 'shellcheck'
const MISSING_SHELLCHECK = `shellcheck is not installed (looked for "${SHELLCHECK}"): install it, e.g. \`apt-get install -y shellcheck\` or \`brew install shellcheck\`, or set SHELLCHECK_PATH`

export interface SandboxRun {
  status: number | null
  stdout: string
  stderr: string
  /** One entry per stubbed call: the command name followed by its arguments, exactly. */
  calls: string[][]
  /** Names of canary commands that ran (must stay empty). */
  canaries: string[]
  dir: string
}

function stub(path: string, body: string) {
  writeFileSync(path, `#!/usr/bin/env bash\n${body}\n`, { mode: 0o755 })
}

/**
 * Runs `script` with bash in a scratch directory, HOME pointing inside it, and stub commands first
 * on PATH. Recording stubs write `name\0arg1\0arg2\0…` to one file per call (NUL-separated so that
 * arguments containing newlines come back exactly).
 */
export function runSandboxed(script: string, args: string[] = []): SandboxRun {
  const dir = mkdtempSync(join(tmpdir(), 'installer-sandbox-'))
  const bin = join(dir, 'bin')
  const calls = join(dir, 'calls')
  const home = join(dir, 'home')
  for (const d of [bin, calls, home]) mkdirSync(d)
  const canaryLog = join(dir, 'canaries.log')
  for (const name of RECORDED) {
    stub(join(bin, name), `printf '%s\\0' "\${0##*/}" "$@" >"$SANDBOX_CALLS/\${0##*/}.$$.$RANDOM"`)
  }
  for (const name of CANARIES)
    stub(join(bin, name), `printf '%s\\n' "\${0##*/}" >>"$SANDBOX_CANARY"`)
  const scriptPath = join(dir, 'script.sh')
  writeFileSync(scriptPath, script)
  const result = spawnSync('bash', [scriptPath, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: {
      PATH: `${bin}:${process.env.PATH ?? '/usr/bin:/bin'}`,
      HOME: home,
      SANDBOX_CALLS: calls,
      SANDBOX_CANARY: canaryLog,
    },
  })
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    calls: readdirSync(calls).map((f) =>
      readFileSync(join(calls, f), 'utf8').split('\0').slice(0, -1),
    ),
    canaries: existsSync(canaryLog)
      ? readFileSync(canaryLog, 'utf8').split('\n').filter(Boolean)
      : [],
    dir,
  }
}

/** `bash -n`: exit status and diagnostics. */
export function bashSyntaxCheck(script: string) {
  const result = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' })
  return { status: result.status, stderr: result.stderr }
}

/**
 * `shellcheck` on the script; throws when shellcheck is not installed. `exclude` names
 * checks to skip, e.g. SC2016 ("expressions don't expand in single quotes") for a command shown
 * for copying, where a quoted `$(id)` not expanding is the point and no directive comment fits.
 */
export function shellcheck(script: string, { exclude = [] }: { exclude?: string[] } = {}) {
  const args = ['--shell=bash', ...(exclude.length ? [`--exclude=${exclude.join(',')}`] : []), '-']
  const result = spawnSync(SHELLCHECK, args, { input: script, encoding: 'utf8' })
  if (result.error) throw new Error(MISSING_SHELLCHECK, { cause: result.error })
  return { status: result.status, output: result.stdout + result.stderr }
}
