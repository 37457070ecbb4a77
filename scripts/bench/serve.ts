import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'

/**
 * Start a server on a port and resolve once `ready` answers. Refuses a port something already
 * answers on: a server left there (one just killed, or someone's preview) would be measured
 * instead of this build. "localhost" may be bound on either address family.
 */
async function start(
  label: string,
  port: number,
  args: string[],
  env: Record<string, string>,
  ready: string,
): Promise<ChildProcess> {
  for (const host of ['127.0.0.1', '[::1]'])
    if (await fetch(`http://${host}:${port}/`).catch(() => null))
      throw new Error(`port ${port} is already served: stop that server first`)
  // Node itself, not through npx: killing npx would leave its child serving the port.
  const child = spawn(process.execPath, args, {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  })
  for (let i = 0; i < 150; i++) {
    for (const host of ['127.0.0.1', '[::1]'])
      if ((await fetch(`http://${host}:${port}${ready}`).catch(() => null))?.ok) return child
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`${label} did not start on ${port}`)
}

/**
 * Serve a built folder with `vite preview` on a port; resolves once it answers. The embedded mock
 * unless `env` names a Manager (HARNESS_MANAGER_URL).
 */
export function serve(outDir: string, port: number, env: Record<string, string> = {}) {
  return start(
    'vite preview',
    port,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    { HARNESS_MANAGER_URL: '', ...env },
    '/',
  )
}

/** The mock Manager over HTTP (`npm run mock-manager`) on a port. */
export function serveMockManager(port: number) {
  return start(
    'the mock Manager',
    port,
    ['scripts/mock-manager.ts'],
    { PORT: String(port) },
    '/__mock/health',
  )
}

/** Stop a server and wait until it has exited (and let go of its port). */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill()
  await exited
}
