import { delegateEnv, delegateImage, resourcesOf } from './env'
import type { InstallerConfig, InstallerFile } from './types'

export const ECS_FILENAME = 'harness-delegate-ecs-task-spec.json'

/**
 * ECS (Fargate) task definition for the NG Docker delegate. The shape follows Harness's
 * `harness-community/terraform-aws-harness-delegate-ecs-fargate` reference task, which runs the
 * delegate with DELEGATE_TYPE=DOCKER; cpu is in CPU units (1024 = 1 vCPU) and memory in MiB.
 */
export function ecsTaskDefinition(config: InstallerConfig) {
  const { cpu, memoryMi } = resourcesOf(config)
  const cpuUnits = cpu * 1024
  return {
    family: 'harness-ng-delegate',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: String(cpuUnits),
    memory: String(memoryMi),
    runtimePlatform: { operatingSystemFamily: 'LINUX' },
    containerDefinitions: [
      {
        name: 'harness-delegate',
        image: delegateImage(config),
        cpu: cpuUnits,
        memory: memoryMi,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }],
        environment: delegateEnv(config, 'DOCKER'),
      },
    ],
  }
}

/** `harness-delegate-ecs-task-spec.json`, registered with `aws ecs register-task-definition`. */
export function buildEcsTaskSpec(config: InstallerConfig): InstallerFile {
  return {
    filename: ECS_FILENAME,
    content: `${JSON.stringify(ecsTaskDefinition(config), null, 2)}\n`,
    mimeType: 'application/json',
    nextCommands: [`aws ecs register-task-definition --cli-input-json file://${ECS_FILENAME}`],
  }
}
