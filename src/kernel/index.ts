/**
 * Small pieces every layer shares: the error type, ids, time, canonical JSON and hashing.
 * @module
 */
export {
  AppError,
  APP_ERROR_CODES,
  httpStatusOf,
  isAppError,
  notFound,
  forbidden,
  type AppErrorCode,
  type AppErrorOptions,
  type FieldProblem,
} from './app-error.js';
export { newId, isUuid } from './ids.js';
export { canonicalJson } from './canonical-json.js';
export { sha256Hex, randomSecret, secretsEqual } from './hashing.js';
export { systemClock, fixedClock, type Clock } from './clock.js';
