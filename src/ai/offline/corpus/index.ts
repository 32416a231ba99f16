/**
 * Platform descriptions with expert expectations, for measuring the offline analyzer.
 * @module
 */
import { BUSINESS_CASES } from './business.js';
import { HARDER_CASES } from './harder.js';
import { HELD_OUT_CASES } from './held-out.js';
import { HEALTH_AND_EDUCATION_CASES } from './health-and-education.js';
import { PUBLIC_AND_GENERAL_CASES } from './public-and-general.js';
import type { CorpusCase } from './types.js';

export type { CorpusCase } from './types.js';

export const CORPUS: readonly CorpusCase[] = [
  ...HEALTH_AND_EDUCATION_CASES,
  ...BUSINESS_CASES,
  ...PUBLIC_AND_GENERAL_CASES,
  ...HARDER_CASES,
  ...HELD_OUT_CASES,
];
