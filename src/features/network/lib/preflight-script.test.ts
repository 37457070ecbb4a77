import { execFile, spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServer } from 'node:tls'

import { buildEgressPlan } from './egress-plan'
import { buildPreflightScript, PREFLIGHT_FUNCTIONS } from './preflight-script'
import { connector } from './testing'

import { shellcheck } from '@/test/shell-sandbox'

const HOSTILE = `x"; touch pwned #\n$(touch pwned2) \`touch pwned3\` '; touch pwned4; '`

function plan() {
  return buildEgressPlan(
    [
      connector('gh', 'Github', { url: 'https://github.com/acme' }, { name: HOSTILE }),
      // A free-text host field: the one place a connector can smuggle shell syntax into a host.
      connector('pdc', 'Pdc', {
        hosts: [{ hostname: '$(touch pwned5)' }, { hostname: '-oProxyCommand=touch pwned6' }],
      }),
      connector('nexus', 'Nexus', { nexusServerUrl: 'https://nexus.acme.invalid:8081' }),
    ],
    { cluster: 'prod3', logging: true },
  )
}

/** Runs the script in a scratch dir with stub getent/nc/openssl/timeout: no real network. */
function run(script: string, reachable: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-'))
  const bin = join(dir, 'bin')
  spawnSync('mkdir', [bin])
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/bash\n${body}\n`)
    chmodSync(join(bin, name), 0o755)
  }
  const ok = reachable.map((h) => `"${h}"`).join('|')
  stub('getent', `case "$2" in ${ok}) exit 0;; *) exit 2;; esac`)
  // "timeout SECONDS cmd..." → run cmd; the bash /dev/tcp probe is replaced by the reachability list.
  stub(
    'timeout',
    `shift; if [ "$1" = bash ]; then case "$5" in ${ok}) exit 0;; *) exit 1;; esac; fi; exec "$@"`,
  )
  stub(
    'openssl',
    `case "$3" in ${reachable.map((h) => `"${h}:443"`).join('|')}) exit 0;; *) exit 1;; esac`,
  )
  writeFileSync(join(dir, 'preflight.sh'), script)
  const result = spawnSync('bash', ['preflight.sh'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: `${bin}:/usr/bin:/bin` },
  })
  const pwned = spawnSync('ls', [dir], { encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => f.startsWith('pwned'))
  return { ...result, pwned }
}

describe('buildPreflightScript', () => {
  const script = buildPreflightScript(plan(), 'prod3')

  it('is valid bash and shellcheck clean, hostile connector names and hosts included', () => {
    expect(spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' }).status).toBe(0)
    expect(shellcheck(script)).toEqual({ status: 0, output: '' })
  })

  it('checks DNS, TCP and TLS for every HTTPS destination and passes when all are reachable', () => {
    const hosts = [
      'app.harness.io',
      'app3.harness.io',
      'logging.googleapis.com',
      'github.com',
      'nexus.acme.invalid',
    ]
    const result = run(script, hosts)
    for (const host of ['app.harness.io', 'app3.harness.io', 'github.com']) {
      expect(result.stdout).toMatch(new RegExp(`PASS  DNS  ${host.replaceAll('.', '\\.')} `))
      expect(result.stdout).toContain(`PASS  TCP  ${host}:443`)
      expect(result.stdout).toContain(`PASS  TLS  ${host}:443`)
    }
    // The two invalid PDC hosts fail without ever reaching a command.
    expect(result.stdout).toContain("FAIL  HOST  '$(touch pwned5)' is not a valid host name")
    expect(result.stdout).toContain(
      "FAIL  HOST  '-oproxycommand=touch pwned6' is not a valid host name",
    )
    expect(result.pwned).toEqual([])
    expect(result.status).toBe(1)
  })

  it('prints FAIL per unreachable destination, WARN for the optional log sink, and exits non-zero', () => {
    const clean = buildPreflightScript(
      buildEgressPlan([], { cluster: 'prod1', logging: true }),
      'prod1',
    )
    const ok = run(clean, ['app.harness.io', 'logging.googleapis.com'])
    expect(ok.status).toBe(0)
    expect(ok.stdout).toContain('All required destinations are reachable (0 warning(s)).')

    const blocked = run(clean, ['app.harness.io'])
    expect(blocked.stdout).toContain('WARN  DNS  logging.googleapis.com does not resolve')
    expect(blocked.status).toBe(0)

    const down = run(clean, [])
    expect(down.stdout).toContain('FAIL  DNS  app.harness.io does not resolve')
    expect(down.stdout).toContain('1 check(s) failed, 1 warning(s).')
    expect(down.status).toBe(1)
  })

  it('keeps the hostile connector name on one quoted line and runs none of it', () => {
    expect(script).not.toMatch(/\n\$\(touch pwned2\)/)
    const result = run(script, ['github.com'])
    expect(result.stdout).toContain('x"; touch pwned #')
    expect(result.pwned).toEqual([])
  })
})

/**
 * The TLS check against a real TLS server on 127.0.0.1: a certificate the client trusts
 * (SSL_CERT_FILE) but issued for another name must fail, the same setup with the right name must
 * pass. Loopback only; the certificates are made for the test.
 */
describe('the TLS check verifies the host name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'preflight-tls-'))
  const certificate = (name: string, san: string) => {
    const args = ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1']
    const made = spawnSync(
      'openssl',
      [...args, '-subj', `/CN=${name}`, '-addext', `subjectAltName=${san}`].concat([
        '-keyout',
        join(dir, `${name}.key`),
        '-out',
        join(dir, `${name}.pem`),
      ]),
      { encoding: 'utf8' },
    )
    expect(made.status, made.stderr).toBe(0)
    return {
      key: readFileSync(join(dir, `${name}.key`)),
      cert: readFileSync(join(dir, `${name}.pem`)),
    }
  }

  async function checkAgainst(served: { key: Buffer; cert: Buffer }, host: string) {
    const server = createServer(served, (socket) => socket.end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    try {
      const script = `${PREFLIGHT_FUNCTIONS}\ncheck ${host} ${port} tls required test\n`
      const result = await new Promise<string>((resolve) =>
        execFile(
          'bash',
          ['-c', script],
          {
            encoding: 'utf8',
            env: {
              PATH: '/usr/bin:/bin',
              // The test certificate is the only trusted one.
              SSL_CERT_FILE: join(dir, 'trusted.pem'),
              SSL_CERT_DIR: dir,
            },
          },
          (_error, stdout) => resolve(stdout),
        ),
      )
      return result
    } finally {
      server.close()
    }
  }

  it('fails a trusted certificate issued for another name, passes one for the host', async () => {
    const wrong = certificate('wrong.example', 'DNS:wrong.example')
    writeFileSync(join(dir, 'trusted.pem'), wrong.cert)
    const mismatch = await checkAgainst(wrong, 'localhost')
    expect(mismatch).toContain('PASS  TCP  localhost:')
    expect(mismatch).toMatch(/FAIL {2}TLS {2}localhost:\d+: handshake or certificate check failed/)

    const right = certificate('localhost', 'DNS:localhost,IP:127.0.0.1')
    writeFileSync(join(dir, 'trusted.pem'), right.cert)
    expect(await checkAgainst(right, 'localhost')).toMatch(/PASS {2}TLS {2}localhost:\d+/)
    // An address is checked against the certificate's IP entries.
    expect(await checkAgainst(right, '127.0.0.1')).toMatch(/PASS {2}TLS {2}127\.0\.0\.1:\d+/)
    expect(await checkAgainst(wrong, '127.0.0.1')).toMatch(/FAIL {2}TLS {2}127\.0\.0\.1:/)
  }, 30_000)
})
