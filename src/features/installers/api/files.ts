import { buildInstaller } from '../lib/build-installer'
import { buildDockerRunScript } from '../lib/docker'
import type { InstallerConfig, InstallerFile, InstallerType } from '../lib/types'

/** One downloadable file. Docker has two: the compose file and the equivalent `docker run` script. */
export type FileKind = InstallerType | 'docker-run'

/**
 * Where the downloaded file comes from. The Manager serves the Kubernetes manifest, the compose
 * file and the Helm values (REFERENCE.md §4a, §4b); in mock mode the mock is that Manager, so the
 * flow is the same. The other files have no Manager endpoint and are built in the browser.
 */
export const MANAGER_FILES: readonly FileKind[] = ['kubernetes', 'docker', 'helm']

export function filesFor(type: InstallerType): FileKind[] {
  return type === 'docker' ? ['docker', 'docker-run'] : [type]
}

/** The browser-built file for a kind: the preview, and the download where there is no endpoint. */
export function buildFile(kind: FileKind, config: InstallerConfig): InstallerFile {
  return kind === 'docker-run'
    ? buildDockerRunScript(config)
    : buildInstaller({ ...config, type: kind })
}
