/**
 * Packaging targets of the runtime: `docker` (write the project, build the image when an engine is
 * reachable) and `kubernetes` (write, validate and apply the manifests when a cluster is configured).
 * Both write the project atomically and report what they did and what is left to run elsewhere.
 * @module
 */
export { packageForDocker, type DockerPackagingInput } from './docker-target.js';
export { packageForKubernetes, type KubernetesPackagingInput } from './kubernetes-target.js';
export { validateKubernetesManifests, type ManifestReport } from './kubernetes-manifests.js';
export { runCommand, type CommandRunner, type CommandResult } from './command-runner.js';
export type { TargetResult } from './target-result.js';
