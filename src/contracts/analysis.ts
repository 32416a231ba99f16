/**
 * What an AI provider (Claude or the offline analyzer) returns for one chat message: the new Blueprint
 * and an account of how it was understood.
 * @module
 */
import { z } from 'zod';
import { Blueprint, RenameHints } from './blueprint.js';

export const PROVIDER_NAMES = ['offline', 'anthropic'] as const;
export const ProviderName = z.enum(PROVIDER_NAMES);
export type ProviderName = z.infer<typeof ProviderName>;

export const INFERENCE_KINDS = [
  'domain',
  'locale',
  'entity',
  'field',
  'enum',
  'relation',
  'role',
  'compliance',
  'integration',
  'residency',
  'removal',
  'change',
] as const;

/** One thing the provider decided and why, e.g. `{ kind: 'compliance', subject: 'HIPAA', reason: 'Patient.diagnosis holds health data' }`. */
export const Inference = z.object({
  kind: z.enum(INFERENCE_KINDS),
  subject: z.string().max(200),
  reason: z.string().max(1000),
});
export type Inference = z.infer<typeof Inference>;

export const AnalysisResult = z.object({
  blueprint: Blueprint,
  /** A short paragraph: what was understood or changed. In the language of the message. */
  summary: z.string().max(4000),
  inferences: z.array(Inference).max(500),
  /** Questions the person should answer next; shown as quick replies. */
  openQuestions: z.array(z.string().max(500)).max(20),
  /** Renames this revision made, so the diff reports renames instead of drop + add. */
  renames: RenameHints.optional(),
  provider: ProviderName,
  /** The model used, for providers that have one. */
  model: z.string().optional(),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;

/** The longest description or chat message WebNova accepts. */
export const MAX_DESCRIPTION_LENGTH = 20_000;

/** A description or chat message: non-blank and bounded. */
export const Description = z
  .string()
  .trim()
  .min(1, { error: 'must not be empty: describe the platform in a sentence or more' })
  .max(MAX_DESCRIPTION_LENGTH, {
    error: `must be at most ${MAX_DESCRIPTION_LENGTH} characters: summarise, then refine in the chat`,
  });
