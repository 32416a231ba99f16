/**
 * The `kubernetes` target: writes the generated project, checks its manifests against the Kubernetes
 * schemas, and applies them with kubectl when a cluster is configured; otherwise says what to run.
 * @module
 */
import path from 'node:path';
import { AppError } from '../../../../kernel/index.js';
import { outputTail, runCommand, shellWord, type CommandRunner } from './command-runner.js';
import { validateKubernetesManifests } from './kubernetes-manifests.js';
import { requireTargetFile, type TargetResult } from './target-result.js';
import { writeProjectAtomically, type ProjectFile } from './write-project.js';

export interface KubernetesPackagingInput {
  files: readonly ProjectFile[];
  /** Where the project is written; replaced as a whole. */
  dir: string;
  /** Path to a kubeconfig; falls back to the KUBECONFIG environment variable. */
  kubeconfig?: string;
  run?: CommandRunner;
}

export const MANIFESTS_PATH = 'deploy/kubernetes.yaml';
const APPLY_TIMEOUT_MS = 2 * 60_000;

/** Writes the project to `dir`, validates its manifests, and applies them when a cluster is configured. */
export async function packageForKubernetes(input: KubernetesPackagingInput): Promise<TargetResult> {
  const run = input.run ?? runCommand;
  const dir = path.resolve(input.dir);
  const manifests = requireTargetFile(input.files, MANIFESTS_PATH, 'kubernetes');
  assertManifestsValid(manifests.content);
  await writeProjectAtomically(input.files, dir);

  const kubeconfig = input.kubeconfig ?? nonEmpty(process.env['KUBECONFIG']);
  const written = `Kubernetes manifests written to ${path.join(dir, MANIFESTS_PATH)} and checked against the Kubernetes schemas`;
  const todo = `build and push the image they name (see ${path.join(dir, 'Dockerfile')}), create the secret named in the file's header, then run \`kubectl apply -f ${shellWord(path.join(dir, MANIFESTS_PATH))}\``;
  if (kubeconfig === undefined)
    return {
      artifactsDir: dir,
      done: false,
      message: `${written}; no kubeconfig is configured here (none given and KUBECONFIG is not set), so nothing was applied. To deploy: ${todo} against your cluster.`,
    };

  const apply = await run('kubectl', ['apply', ...kubeconfigArgs(kubeconfig), '-f', MANIFESTS_PATH], {
    cwd: dir,
    timeoutMs: APPLY_TIMEOUT_MS,
  });
  if (apply.notFound)
    return {
      artifactsDir: dir,
      done: false,
      message: `${written}; kubectl is not installed here, so nothing was applied. To deploy: ${todo} where kubectl can reach the cluster.`,
    };
  if (apply.exitCode === 0)
    return {
      artifactsDir: dir,
      done: true,
      message: `Applied ${MANIFESTS_PATH} from ${dir} with kubeconfig ${kubeconfig}:\n${outputTail(apply.output)}`,
    };
  return {
    artifactsDir: dir,
    done: false,
    message: `${written}, but \`kubectl apply -f ${MANIFESTS_PATH}\` with kubeconfig ${kubeconfig} failed (exit code ${String(apply.exitCode)}):\n${outputTail(apply.output)}`,
  };
}

function assertManifestsValid(yamlText: string): void {
  const reports = validateKubernetesManifests(yamlText);
  const problems = reports.flatMap((report) =>
    report.problems.map((problem) => `${report.kind || 'resource'} ${report.name}: ${problem}`),
  );
  if (reports.length === 0) problems.push('the file holds no Kubernetes resources');
  if (problems.length === 0) return;
  throw new AppError(
    'unprocessable',
    `${MANIFESTS_PATH} would be refused by Kubernetes: ${problems.join('; ')}`,
    {
      hint: 'The manifests come from the code generator; report this to the WebNova team with the Blueprint version.',
      fieldProblems: problems.map((message) => ({ path: MANIFESTS_PATH, message })),
      details: { manifests: reports },
    },
  );
}

/**
 * kubectl runs inside the project, so a relative path is made absolute first. KUBECONFIG may list
 * several files, which --kubeconfig cannot take; kubectl then reads the inherited variable itself.
 */
function kubeconfigArgs(kubeconfig: string): string[] {
  return kubeconfig.includes(path.delimiter) ? [] : ['--kubeconfig', path.resolve(kubeconfig)];
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}
