import { AppError } from '../../../kernel/index.js';

const MAX_NAME_LENGTH = 200;
// Names appear in logs and error messages, so they are kept to plain, printable characters.
const SECRET_NAME = /^[A-Za-z0-9][A-Za-z0-9:._/-]*$/;

/** Throws unless `name` is a valid secret name such as `platform:<platformId>:admin-password`. */
export function assertSecretName(name: string): void {
  if (name.length <= MAX_NAME_LENGTH && SECRET_NAME.test(name)) return;
  throw new AppError('bad_request', `${JSON.stringify(name)} is not a valid secret name`, {
    hint: `Use up to ${MAX_NAME_LENGTH} letters, digits and the characters : . _ / - (starting with a letter or digit), e.g. platform:<platformId>:admin-password.`,
  });
}
