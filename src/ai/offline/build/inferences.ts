import type { Inference } from '../../../contracts/index.js';

/** Collects what the analyzer decided and why, in order, without duplicates. */
export class Inferences {
  readonly items: Inference[] = [];

  add(kind: Inference['kind'], subject: string, reason: string): void {
    if (this.items.some((item) => item.kind === kind && item.subject === subject)) return;
    if (this.items.length >= 500) return;
    this.items.push({ kind, subject: subject.slice(0, 200), reason: reason.slice(0, 1000) });
  }
}
