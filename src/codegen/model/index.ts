export { buildModel, entityNamed } from './build-model.js';
export { mergePermissions } from './permissions.js';
export type * from './types.js';
