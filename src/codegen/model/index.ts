export { buildModel, entityNamed } from './build-model.js';
export { mergePermissions } from './permissions.js';
export { sqlTypeOf } from './sql-types.js';
export type * from './types.js';
