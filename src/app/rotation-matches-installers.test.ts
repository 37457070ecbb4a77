import { parse, parseAllDocuments } from 'yaml'

import {
  COMPOSE_FILE,
  DOCKER_RUN_SCRIPT,
  ECS_TASK_SPEC,
  HELM_VALUES,
  KUBERNETES_MANIFEST,
  TERRAFORM_FILE,
  updateInstructions,
  type Instruction,
} from '@/features/delegates/rotation/update-instructions'
import { buildDockerCompose, buildDockerRunScript } from '@/features/installers/lib/docker'
import { buildEcsTaskSpec } from '@/features/installers/lib/ecs'
import { buildHelmValues } from '@/features/installers/lib/helm'
import { buildKubernetesManifest } from '@/features/installers/lib/kubernetes'
import { buildTerraformModule } from '@/features/installers/lib/terraform'
import { makeConfig } from '@/features/installers/lib/testing/fixtures'

/**
 * The rotation walkthrough tells the admin to edit the files the installers page wrote: each step
 * must name those files and the fields where they keep the token. Features do not import each
 * other, so the check lives here, where the app composes them.
 */
interface K8sObject {
  kind: string
  metadata: { name: string; namespace?: string }
  stringData?: Record<string, string>
  spec?: {
    template: {
      spec: {
        containers: { env: { name: string; valueFrom?: { secretKeyRef?: unknown } }[] }[]
      }
    }
  }
}

const config = makeConfig({ delegateName: 'edge-1', token: { name: 't', value: 'OLD' } })
const steps = (type: string) => updateInstructions(type, { value: 'NEW', groupName: 'edge-1' })
const yamlStep = (list: Instruction[], n = 0) =>
  parse(list.filter((s) => s.language === 'yaml')[n].code!) as Record<string, unknown>
const text = (list: Instruction[]) => list.map((s) => `${s.text}\n${s.code ?? ''}`).join('\n')

describe('rotation steps match the installer files', () => {
  it('Kubernetes: the Secret the Deployment reads, then a restart of that Deployment', () => {
    const file = buildKubernetesManifest(config)
    expect(file.filename).toBe(KUBERNETES_MANIFEST)
    const objects = parseAllDocuments(file.content).map((d) => d.toJS() as K8sObject)
    const secret = objects.find((o) => o.kind === 'Secret')!
    const deployment = objects.find((o) => o.kind === 'Deployment')!
    const env = deployment.spec!.template.spec.containers[0].env
    const ref = env.find((e) => e.name === 'DELEGATE_TOKEN')?.valueFrom?.secretKeyRef
    expect(ref).toEqual({ name: secret.metadata.name, key: 'DELEGATE_TOKEN' })
    const list = steps('KUBERNETES')
    expect(text(list)).toContain(`Secret ${secret.metadata.name}`)
    expect(secret.stringData).toEqual({ DELEGATE_TOKEN: 'OLD' })
    expect(yamlStep(list)).toEqual({ stringData: { DELEGATE_TOKEN: 'NEW' } })
    expect(text(list)).toContain(`kubectl apply -f ${KUBERNETES_MANIFEST}`)
    expect(text(list)).toContain(
      `kubectl rollout restart 'deployment/${deployment.metadata.name}' --namespace ${deployment.metadata.namespace!}`,
    )
    expect(text(list)).toContain(buildTerraformModule(config).filename)
    expect(TERRAFORM_FILE).toBe('main.tf')
    expect(buildTerraformModule(config).content).toMatch(/^ {2}delegate_token +=/m)
  })

  it('Helm: delegateToken of the values file, and the release of its next command', () => {
    const file = buildHelmValues(config)
    expect(file.filename).toBe(HELM_VALUES)
    expect(parse(file.content)).toHaveProperty('delegateToken', 'OLD')
    expect(yamlStep(steps('HELM_DELEGATE'))).toEqual({ delegateToken: 'NEW' })
    expect(file.nextCommands.join('\n')).toContain("helm upgrade -i 'edge-1'")
    expect(text(steps('HELM_DELEGATE'))).toContain("helm upgrade -i 'edge-1'")
  })

  it("Docker: the compose file's environment, and the run script's -e option", () => {
    const compose = buildDockerCompose(config)
    expect(compose.filename).toBe(COMPOSE_FILE)
    const services = (
      parse(compose.content) as { services: Record<string, { environment: object }> }
    ).services
    expect(Object.values(services)[0].environment).toHaveProperty('DELEGATE_TOKEN', 'OLD')
    expect(yamlStep(steps('DOCKER'))).toEqual({ environment: { DELEGATE_TOKEN: 'NEW' } })
    expect(text(steps('DOCKER'))).toContain(compose.nextCommands[0])
    const run = buildDockerRunScript(config)
    expect(run.filename).toBe(DOCKER_RUN_SCRIPT)
    expect(run.content).toContain("-e 'DELEGATE_TOKEN=OLD'")
    expect(text(steps('DOCKER'))).toContain("-e 'DELEGATE_TOKEN=…'")
    expect(text(steps('DOCKER'))).toContain(run.nextCommands[0])
  })

  it('ECS: the task definition file and its register command', () => {
    const file = buildEcsTaskSpec(config)
    expect(file.filename).toBe(ECS_TASK_SPEC)
    expect(text(steps('ECS'))).toContain(file.nextCommands[0])
  })
})
