/**
 * Rules the Kubernetes API server enforces that the OpenAPI schemas do not carry (the schema lets a
 * container leave out its image, for instance, because higher-level tools fill it in), so a manifest
 * that passes the schema would still be refused by `kubectl apply`.
 * @module
 */

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  for (const key of keys) current = isObject(current) ? current[key] : undefined;
  return current;
}

/** Where a kind keeps its pod spec, as the path to it. */
const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

/** Kinds whose `spec.selector` must select the pods of their own template. */
const SELECTING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Problems the API server would report for one manifest that already passed its schema. */
export function apiServerProblems(kind: string, manifest: Json): string[] {
  const problems: string[] = [];
  const name = at(manifest, 'metadata', 'name');
  if (typeof name !== 'string' || name === '') problems.push('/metadata/name is required');
  const podSpecPath = POD_SPEC_PATHS[kind];
  if (podSpecPath !== undefined) problems.push(...containerProblems(manifest, podSpecPath));
  if (SELECTING_KINDS.has(kind)) problems.push(...selectorProblems(manifest));
  return problems;
}

function containerProblems(manifest: Json, podSpecPath: string[]): string[] {
  const problems: string[] = [];
  for (const list of ['initContainers', 'containers']) {
    const containers = at(manifest, ...podSpecPath, list);
    if (!Array.isArray(containers)) continue;
    containers.forEach((container: unknown, index) => {
      const image = at(container, 'image');
      if (typeof image !== 'string' || image.trim() === '')
        problems.push(`/${[...podSpecPath, list, String(index), 'image'].join('/')} is required`);
    });
  }
  return problems;
}

function selectorProblems(manifest: Json): string[] {
  const matchLabels = at(manifest, 'spec', 'selector', 'matchLabels');
  const podLabels = at(manifest, 'spec', 'template', 'metadata', 'labels');
  if (!isObject(matchLabels)) return [];
  const mismatched = Object.entries(matchLabels).filter(
    ([key, value]) => !isObject(podLabels) || podLabels[key] !== value,
  );
  return mismatched.length === 0
    ? []
    : [
        `/spec/selector/matchLabels does not match /spec/template/metadata/labels (${mismatched
          .map(([key, value]) => `${key}=${String(value)}`)
          .join(', ')})`,
      ];
}
