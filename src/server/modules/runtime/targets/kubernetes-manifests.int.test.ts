import { describe, expect, it } from 'vitest';
import { validateBlueprint } from '../../../../blueprint/index.js';
import { generateCodebase } from '../../../../codegen/index.js';
import { testBlueprints } from '../../../../codegen/test-fixtures/index.js';
import type { BlueprintInput } from '../../../../contracts/index.js';
import { validateKubernetesManifests } from './kubernetes-manifests.js';

function manifestsFor(input: BlueprintInput): string {
  const withKubernetes = { ...input, deployment: { ...input.deployment, targets: ['local', 'kubernetes'] } };
  const validation = validateBlueprint(withKubernetes);
  if (!validation.ok) throw new Error(`fixture Blueprint is invalid: ${JSON.stringify(validation.problems)}`);
  const file = generateCodebase(validation.blueprint).files.find((f) => f.path === 'deploy/kubernetes.yaml');
  if (file === undefined) throw new Error('the generator wrote no deploy/kubernetes.yaml');
  return file.content;
}

describe('generated Kubernetes manifests', () => {
  it.each(Object.entries(testBlueprints()))(
    'pass the Kubernetes schemas for the %s Blueprint',
    (_label, input) => {
      const reports = validateKubernetesManifests(manifestsFor(input));

      expect(reports.map((report) => report.kind)).toEqual(['ConfigMap', 'Deployment', 'Service']);
      expect(reports.filter((report) => report.problems.length > 0)).toEqual([]);
    },
  );

  it('yields problems once a generated Deployment is broken', () => {
    const generated = manifestsFor(testBlueprints()['clinic']!);
    const wrongReplicas = generated.replace('replicas: 1', 'replicas: "two"');
    const noImage = generated.replace(/^\s+image: .*\n/m, '');
    expect(wrongReplicas).not.toBe(generated);
    expect(noImage).not.toBe(generated);

    const deploymentProblems = (text: string) =>
      validateKubernetesManifests(text).find((report) => report.kind === 'Deployment')?.problems;

    expect(deploymentProblems(wrongReplicas)).toEqual(['/spec/replicas must be integer']);
    expect(deploymentProblems(noImage)).toEqual(['/spec/template/spec/containers/0/image is required']);
  });
});
