import { rm } from 'node:fs/promises'

/** The run's own build folder (dist-e2e/run-<port>) goes with the run; one given by BUILD_OUT_DIR stays. */
export default async function teardown() {
  const dir = process.env.BUILD_OUT_DIR
  if (dir?.startsWith('dist-e2e/run-')) await rm(dir, { recursive: true, force: true })
}
