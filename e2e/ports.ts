import { createServer } from 'node:net'

/**
 * A port nobody listens on now, from the kernel (port 0). The run keeps what it picks in its
 * environment, so Playwright's workers and web servers, which inherit it, agree on it.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

/** The port in `name` if the caller set one, else a free one, written back to the environment. */
export async function runPort(name: string): Promise<number> {
  const given = process.env[name]
  if (given) return Number(given)
  const port = await freePort()
  process.env[name] = String(port)
  return port
}
