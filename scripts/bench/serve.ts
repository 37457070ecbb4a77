import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'

/**
 * Serve a built folder with `vite preview` on a port; resolves once it answers. The embedded mock
 * unless `env` names a Manager (HARNESS_MANAGER_URL).
 */
export async function serve(
  outDir: string,
  port: number,
  env: Record<string, string> = {},
): Promise<ChildProcess> {
  // A server left on the port (one just killed, or someone's preview) would answer below and be
  // measured instead of this build: refuse.
  for (const host of ['127.0.0.1', '[::1]'])
    if (await fetch(`http://${host}:${port}/`).catch(() => null))
      throw new Error(`port ${port} is already served: stop that server first`)
  // Vite itself, not through npx: killing npx would leave its vite child serving the port.
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--outDir',
      outDir,
    ],
    {
      stdio: 'ignore',
      env: { ...process.env, HARNESS_MANAGER_URL: '', ...env },
    },
  )
  for (let i = 0; i < 100; i++) {
    try {
      // "localhost" may be bound on either address family.
      for (const host of ['127.0.0.1', '[::1]'])
        if ((await fetch(`http://${host}:${port}/`).catch(() => null))?.ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`vite preview did not start on ${port}`)
}

/** Stop a server and wait until it has exited (and let go of its port). */
export async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill()
  await exited
}
