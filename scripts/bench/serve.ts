import { spawn, type ChildProcess } from 'node:child_process'

/** Serve a built folder with `vite preview` on a port; resolves once it answers. */
export async function serve(outDir: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--port', String(port), '--strictPort', '--outDir', outDir],
    {
      stdio: 'ignore',
      env: { ...process.env, HARNESS_MANAGER_URL: '' },
    },
  )
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://localhost:${port}/`)).ok) return child
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  child.kill()
  throw new Error(`vite preview did not start on ${port}`)
}
