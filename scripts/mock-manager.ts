/**
 * The mock Manager served over HTTP on loopback, as a stand-in for a real Harness Manager:
 *   PORT=4010 node scripts/mock-manager.ts
 * Then `HARNESS_MANAGER_URL=http://127.0.0.1:4010 npm run preview` runs the console in Manager mode
 * against it. GET /__mock/requests lists what it received (method, path, x-api-key).
 */
import { createServer as createHttpServer, type IncomingMessage } from 'node:http'

import { createServer as createViteServer } from 'vite'

const port = Number(process.env.PORT ?? 4010)
const vite = await createViteServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
})
const mod = (await vite.ssrLoadModule(
  '/src/mocks/http-server.ts',
)) as typeof import('../src/mocks/http-server.ts')
const { handle, log } = mod.createMockManagerHandler()

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [key, value] of Object.entries(req.headers))
    if (typeof value === 'string') headers.set(key, value)
  const body =
    chunks.length && req.method !== 'GET' && req.method !== 'HEAD'
      ? Buffer.concat(chunks)
      : undefined
  return new Request(`http://127.0.0.1:${port}${req.url ?? '/'}`, {
    method: req.method,
    headers,
    body,
  })
}

const server = createHttpServer((req, res) => {
  void (async () => {
    if (req.url === '/__mock/requests') {
      res.setHeader('Content-Type', 'application/json')
      res.end(JSON.stringify(log))
      return
    }
    if (req.url === '/__mock/health') {
      res.end('ok')
      return
    }
    const response = await handle(await toRequest(req))
    res.statusCode = response.status
    response.headers.forEach((value, key) => res.setHeader(key, value))
    res.end(Buffer.from(await response.arrayBuffer()))
  })().catch((error: unknown) => {
    res.statusCode = 500
    res.end(String(error))
  })
})
server.listen(port, '127.0.0.1', () => console.log(`mock Manager on http://127.0.0.1:${port}`))
