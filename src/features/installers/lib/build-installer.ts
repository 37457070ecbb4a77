import { buildDockerCompose, DOCKER_COMPOSE_FILENAME } from './docker'
import { buildEcsTaskSpec, ECS_FILENAME } from './ecs'
import { buildHelmValues, HELM_FILENAME } from './helm'
import { buildKubernetesManifest, KUBERNETES_FILENAME } from './kubernetes'
import { buildShellInstaller, SHELL_FILENAME } from './shell'
import { buildTerraformModule, TERRAFORM_FILENAME } from './terraform'
import type { InstallerConfig, InstallerFile, InstallerType } from './types'

const BUILDERS: Record<InstallerType, (config: InstallerConfig) => InstallerFile> = {
  kubernetes: buildKubernetesManifest,
  helm: buildHelmValues,
  docker: buildDockerCompose,
  shell: buildShellInstaller,
  ecs: buildEcsTaskSpec,
  terraform: buildTerraformModule,
}

const FILENAMES: Record<InstallerType, string> = {
  kubernetes: KUBERNETES_FILENAME,
  helm: HELM_FILENAME,
  docker: DOCKER_COMPOSE_FILENAME,
  shell: SHELL_FILENAME,
  ecs: ECS_FILENAME,
  terraform: TERRAFORM_FILENAME,
}

/**
 * Builds the installer file for `config.type`. Pure: the download itself (Blob, object URL) lives
 * in `lib/download.ts` (STYLE.md principle 12). Values are not validated here; the form runs
 * `validateDelegateName` / `validateTags` first, and every generator stays injection-safe anyway.
 */
export function buildInstaller(config: InstallerConfig): InstallerFile {
  return BUILDERS[config.type](config)
}

/** The file name `buildInstaller` produces for an installer type. */
export function installerFilename(type: InstallerType): string {
  return FILENAMES[type]
}
