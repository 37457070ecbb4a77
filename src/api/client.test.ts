// @vitest-environment jsdom
import { http, HttpResponse } from 'msw'
import { z } from '@/lib/zod'

import { server } from '@/mocks/node'

import { nextTask } from './backend-ready'
import { buildUrl, requestDto, requestFile, requestRest } from './client'
import { ApiError } from './errors'
import { clearSession, saveSession } from './session'

const itemSchema = z.object({ id: z.string() })
const at = (path: string) => `*/gateway${path}`

afterEach(() => clearSession())

describe('buildUrl', () => {
  it('puts every path under the gateway and skips empty scope params', () => {
    expect(
      buildUrl('/ng/api/x', {
        accountIdentifier: 'acc',
        orgIdentifier: undefined,
        projectIdentifier: '',
        types: ['A', 'B'],
      }),
    ).toBe('/gateway/ng/api/x?accountIdentifier=acc&types=A&types=B')
  })
})

describe('requestDto (ResponseDTO envelope)', () => {
  it('returns the parsed data', async () => {
    server.use(
      http.get(at('/ng/api/item'), () =>
        HttpResponse.json({ status: 'SUCCESS', data: { id: 'a' }, correlationId: 'c1' }),
      ),
    )
    await expect(requestDto({ path: '/ng/api/item', schema: itemSchema })).resolves.toEqual({
      id: 'a',
    })
  })

  it('turns a 400 Failure body into an ApiError with its field errors', async () => {
    server.use(
      http.post(at('/ng/api/item'), () =>
        HttpResponse.json(
          {
            status: 'FAILURE',
            code: 'INVALID_REQUEST',
            message: 'name: must not be blank',
            correlationId: 'c2',
            errors: [{ fieldId: 'name', error: 'must not be blank' }],
          },
          { status: 400 },
        ),
      ),
    )
    const error = await requestDto({
      method: 'POST',
      path: '/ng/api/item',
      body: {},
      schema: itemSchema,
    }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 400,
      code: 'INVALID_REQUEST',
      correlationId: 'c2',
      fieldErrors: [{ fieldId: 'name', error: 'must not be blank' }],
    })
  })

  it('keeps the Manager code for a missing connector (HTTP 400, not 404)', async () => {
    server.use(
      http.get(at('/ng/api/connectors/nope'), () =>
        HttpResponse.json(
          {
            status: 'FAILURE',
            code: 'RESOURCE_NOT_FOUND_EXCEPTION',
            message: 'Connector with identifier [nope] not found',
          },
          { status: 400 },
        ),
      ),
    )
    await expect(
      requestDto({ path: '/ng/api/connectors/nope', schema: itemSchema }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'RESOURCE_NOT_FOUND_EXCEPTION',
      isNotFound: true,
      isTransient: false,
    })
  })

  it('reports a body that does not match the contract as a parse error, not a crash', async () => {
    server.use(
      http.get(at('/ng/api/item'), () =>
        HttpResponse.json({ status: 'SUCCESS', data: { id: 42 } }),
      ),
    )
    await expect(requestDto({ path: '/ng/api/item', schema: itemSchema })).rejects.toMatchObject({
      kind: 'parse',
      message: expect.stringContaining('data.id') as unknown,
    })
  })

  it('reports a non-JSON body as a parse error', async () => {
    server.use(
      http.get(at('/ng/api/item'), () => new HttpResponse('<html>oops</html>', { status: 200 })),
    )
    await expect(requestDto({ path: '/ng/api/item', schema: itemSchema })).rejects.toMatchObject({
      kind: 'parse',
    })
  })

  it('names the needed permission on 403, and marks 5xx and network failures as transient', async () => {
    server.use(
      http.get(at('/ng/api/forbidden'), () =>
        HttpResponse.json(
          { status: 'ERROR', code: 'NG_ACCESS_DENIED', message: 'Missing permission' },
          { status: 403 },
        ),
      ),
    )
    const forbidden = (await requestDto({
      path: '/ng/api/forbidden',
      schema: itemSchema,
      permission: 'Delegates: View',
    }).catch((e: unknown) => e)) as ApiError
    expect(forbidden).toMatchObject({
      status: 403,
      permission: 'Delegates: View',
      isTransient: false,
    })

    server.use(http.get(at('/ng/api/down'), () => new HttpResponse(null, { status: 503 })))
    await expect(requestDto({ path: '/ng/api/down', schema: itemSchema })).rejects.toMatchObject({
      status: 503,
      isTransient: true,
    })

    server.use(http.get(at('/ng/api/gone'), () => HttpResponse.error()))
    await expect(requestDto({ path: '/ng/api/gone', schema: itemSchema })).rejects.toMatchObject({
      kind: 'network',
      isTransient: true,
    })
  })
})

describe('requestRest (RestResponse envelope)', () => {
  it('returns the resource', async () => {
    server.use(
      http.get(at('/ng/api/delegate-token-ng'), () =>
        HttpResponse.json({ metaData: {}, resource: [{ id: 't' }], responseMessages: [] }),
      ),
    )
    await expect(
      requestRest({ path: '/ng/api/delegate-token-ng', schema: z.array(itemSchema) }),
    ).resolves.toEqual([{ id: 't' }])
  })

  it('reads the NG Error body the same endpoint sends on failure (mixed envelopes)', async () => {
    server.use(
      http.post(at('/ng/api/delegate-token-ng'), () =>
        HttpResponse.json(
          {
            status: 'ERROR',
            code: 'INVALID_REQUEST',
            message: 'Token with given name t already exists for given account.',
          },
          { status: 400 },
        ),
      ),
    )
    await expect(
      requestRest({ method: 'POST', path: '/ng/api/delegate-token-ng', schema: itemSchema }),
    ).rejects.toMatchObject({
      status: 400,
      code: 'INVALID_REQUEST',
      message: expect.stringContaining('already exists') as unknown,
    })
  })
})

describe('requestFile (text/plain installers)', () => {
  it('returns the text and the file name from Content-Disposition', async () => {
    server.use(
      http.post(
        at('/ng/api/download-delegates/kubernetes'),
        () =>
          new HttpResponse('kind: Namespace\n', {
            headers: {
              'Content-Type': 'text/plain; charset=UTF-8',
              'Content-Disposition': 'attachment; filename=harness-delegate-kubernetes.yaml',
            },
          }),
      ),
    )
    await expect(
      requestFile({
        method: 'POST',
        path: '/ng/api/download-delegates/kubernetes',
        body: { name: 'd' },
      }),
    ).resolves.toEqual({
      content: 'kind: Namespace\n',
      filename: 'harness-delegate-kubernetes.yaml',
    })
  })
})

describe('API key', () => {
  it('is sent as x-api-key only when signed in to a Manager', async () => {
    const seen: (string | null)[] = []
    server.use(
      http.get(at('/ng/api/item'), ({ request }) => {
        seen.push(request.headers.get('x-api-key'))
        return HttpResponse.json({ status: 'SUCCESS', data: { id: 'a' } })
      }),
    )
    await requestDto({ path: '/ng/api/item', schema: itemSchema })
    saveSession({ accountId: 'acc', apiKey: 'pat.acc.x.y' })
    await requestDto({ path: '/ng/api/item', schema: itemSchema })
    expect(seen).toEqual([null, 'pat.acc.x.y'])
    expect(sessionStorage.getItem('delegate-console:session')).toContain('pat.acc.x.y')
    expect(JSON.stringify(localStorage)).not.toContain('pat.acc.x.y')
  })

  it('is the only credential: requests carry no cookies', async () => {
    server.use(
      http.get(at('/ng/api/item'), () =>
        HttpResponse.json({ status: 'SUCCESS', data: { id: 'a' } }),
      ),
    )
    // What the client asks fetch for (Node's interceptor does not keep a request's credentials).
    const sent = vi.spyOn(globalThis, 'fetch')
    saveSession({ accountId: 'acc', apiKey: 'pat.acc.x.y' })
    await requestDto({ path: '/ng/api/item', schema: itemSchema })
    expect(sent.mock.calls.map(([, init]) => init?.credentials)).toEqual(['omit'])
  })
})

describe('a burst of requests', () => {
  it('leaves three per task, and every request of it is answered', async () => {
    const path = '/ng/api/burst-item'
    server.use(
      http.get(at(path), () => HttpResponse.json({ status: 'SUCCESS', data: { id: 'a' } })),
    )
    // The group an earlier test's requests left in ends at the next timer turn.
    await nextTask()
    const sent = vi.spyOn(globalThis, 'fetch')
    const ours = () =>
      sent.mock.calls.filter(([input]) => typeof input === 'string' && input.endsWith(path)).length
    const burst = Array.from({ length: 8 }, () => requestDto({ path, schema: itemSchema }))
    // Settled whatever the assertions find: no request of the burst is left unanswered after it.
    const answers = Promise.allSettled(burst)
    // Everything this task's microtasks do, then the count before the next task.
    await new Promise<void>((resolve) => queueMicrotask(resolve))
    for (let i = 0; i < 10; i++) await Promise.resolve()
    expect(ours()).toBe(3)
    await nextTask()
    expect(ours()).toBeLessThanOrEqual(6)
    expect(await answers).toEqual(
      Array.from({ length: 8 }, () => ({ status: 'fulfilled', value: { id: 'a' } })),
    )
    expect(ours()).toBe(8)
  })
})
