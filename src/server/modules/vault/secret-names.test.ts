import { describe, expect, it } from 'vitest';
import { assertSecretName } from './secret-names.js';

describe('secret names', () => {
  it.each(['platform:0190f5d2-7c1e-7a3b-9f10-00000000000a:admin-password', 'provider/anthropic.api_key'])(
    'accepts %s',
    (name) => {
      expect(() => assertSecretName(name)).not.toThrow();
    },
  );

  it.each(['', ':leading-colon', 'has space', 'percent%', 'x'.repeat(201), 'line\nbreak'])(
    'rejects %j with a bad_request naming the rules',
    (name) => {
      expect(() => assertSecretName(name)).toThrow(
        expect.objectContaining({ code: 'bad_request', hint: expect.stringContaining('admin-password') }),
      );
    },
  );
});
