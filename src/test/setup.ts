import { server } from '@/mocks/node'

// Every test file, node or DOM, talks to the mock through MSW's node interceptor; a request
// nothing handles fails the test instead of reaching the network.
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())
