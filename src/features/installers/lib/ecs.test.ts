import { buildEcsTaskSpec } from './ecs'
import { INJECTION_PAYLOADS } from '@/test/injection-payloads'
import { hostileConfig, makeConfig } from './testing/fixtures'
import { TOKEN_PLACEHOLDER, type InstallerConfig } from './types'

interface TaskDefinition {
  family: string
  requiresCompatibilities: string[]
  networkMode: string
  cpu: string
  memory: string
  containerDefinitions: {
    name: string
    image: string
    cpu: number
    memory: number
    essential: boolean
    environment: { name: string; value: string }[]
  }[]
}

function taskDefinition(config: InstallerConfig) {
  const file = buildEcsTaskSpec(config)
  const spec = JSON.parse(file.content) as TaskDefinition
  const [container] = spec.containerDefinitions
  const env = Object.fromEntries(container.environment.map((e) => [e.name, e.value]))
  return { file, spec, container, env }
}

describe('buildEcsTaskSpec', () => {
  it('has the task-definition shape', () => {
    const { file, spec, container, env } = taskDefinition(
      makeConfig({ type: 'ecs', size: 'SMALL' }),
    )
    expect(file.filename).toBe('harness-delegate-ecs-task-spec.json')
    expect(file.mimeType).toBe('application/json')
    expect(file.nextCommands).toEqual([
      'aws ecs register-task-definition --cli-input-json file://harness-delegate-ecs-task-spec.json',
    ])
    expect(spec).toMatchObject({
      family: 'harness-ng-delegate',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '2048',
      memory: '4096',
    })
    expect(spec.containerDefinitions).toHaveLength(1)
    expect(container).toMatchObject({
      image: 'harness/delegate:25.10.86800',
      cpu: 2048,
      memory: 4096,
      essential: true,
    })
    for (const e of container.environment) expect(Object.keys(e).sort()).toEqual(['name', 'value'])
    expect(env).toMatchObject({
      ACCOUNT_ID: 'kmpySm00000006NL73w',
      DELEGATE_TOKEN: 'dG9rZW4tdmFsdWU=',
      DELEGATE_TYPE: 'DOCKER',
      NEXT_GEN: 'true',
      STACK_DRIVER_LOGGING_ENABLED: 'false',
    })
  })

  it('uses the placeholder when the token value is unknown', () => {
    const { env } = taskDefinition(makeConfig({ token: { name: 'ci', value: null } }))
    expect(env.DELEGATE_TOKEN).toBe(TOKEN_PLACEHOLDER)
  })

  it('passes STACK_DRIVER_LOGGING_ENABLED through', () => {
    expect(taskDefinition(makeConfig({ stackDriverLogging: true })).env).toMatchObject({
      STACK_DRIVER_LOGGING_ENABLED: 'true',
    })
  })

  it.each(INJECTION_PAYLOADS)('keeps %j literal', (payload) => {
    const { env } = taskDefinition(hostileConfig(payload, 'ecs'))
    expect(env).toMatchObject({
      ACCOUNT_ID: payload,
      DELEGATE_TOKEN: payload,
      DELEGATE_NAME: payload,
      DELEGATE_DESCRIPTION: payload,
      DELEGATE_TAGS: `${payload},safe`,
      PROXY_HOST: payload,
      PROXY_USER: payload,
      NO_PROXY: payload,
    })
  })
})
