/**
 * The Kubernetes kinds WebNova can check, each with its schema-backed model from `kubernetes-models`.
 * A chosen list rather than the package's whole index: that index takes about a second to load, and a
 * generated project uses only a handful of workload kinds. Add a kind here when a template starts to
 * emit it.
 * @module
 */
import { Deployment, StatefulSet, DaemonSet } from 'kubernetes-models/apps/v1';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2';
import { CronJob, Job } from 'kubernetes-models/batch/v1';
import { Ingress, NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1';
import { Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import {
  ConfigMap,
  Namespace,
  PersistentVolumeClaim,
  Pod,
  Secret,
  Service,
  ServiceAccount,
} from 'kubernetes-models/v1';

interface KindModel {
  readonly apiVersion: string;
  readonly kind: string;
  // The models type their input precisely; parsed YAML is unknown until validate() has checked it.
  new (data: never): { validate(): void };
}

const MODELS: readonly KindModel[] = [
  ConfigMap,
  Secret,
  Service,
  ServiceAccount,
  Namespace,
  PersistentVolumeClaim,
  Pod,
  Deployment,
  StatefulSet,
  DaemonSet,
  Job,
  CronJob,
  Ingress,
  NetworkPolicy,
  HorizontalPodAutoscaler,
  PodDisruptionBudget,
  Role,
  RoleBinding,
];

const BY_TYPE = new Map(MODELS.map((model) => [typeKey(model.apiVersion, model.kind), model]));

function typeKey(apiVersion: string, kind: string): string {
  return `${apiVersion}/${kind}`;
}

/** Every kind this module can check, as `apiVersion/kind`, for messages. */
export function knownKubernetesTypes(): string[] {
  return [...BY_TYPE.keys()];
}

/**
 * Validates one manifest against its kind's schema; throws the model's ValidationError, or returns
 * false when the apiVersion and kind are not ones WebNova knows.
 */
export function validateAgainstSchema(apiVersion: string, kind: string, manifest: object): boolean {
  const Model = BY_TYPE.get(typeKey(apiVersion, kind));
  if (Model === undefined) return false;
  new Model(manifest as never).validate();
  return true;
}
