import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

/** Field encryption (AES-256-GCM) and masking. */
export function encryptionFile(model: CodegenModel): GeneratedFile {
  return sourceFile(
    model,
    'src/server/security/field-encryption.ts',
    code`
      import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

      const KEY_COMMAND = "node -e \\"console.log(require('node:crypto').randomBytes(32).toString('base64'))\\"";

      /** Encrypts the values of health, payment-card and secret fields before they reach the database. */
      export class FieldCipher {
        private constructor(private readonly key: Buffer | undefined) {}

        /** Fails at startup, not at the first write, when encrypted fields exist and the key is wrong. */
        static fromBase64Key(base64Key: string | undefined, required: boolean): FieldCipher {
          if (base64Key === undefined) {
            if (!required) return new FieldCipher(undefined);
            throw new Error(
              \`DATA_ENCRYPTION_KEY is not set, and this platform encrypts sensitive fields at rest. \` +
                \`Make a key with: \${KEY_COMMAND} and set DATA_ENCRYPTION_KEY to it \` +
                \`(keep it safe: without it the data cannot be read).\`,
            );
          }
          const key = Buffer.from(base64Key, 'base64');
          if (key.length !== 32) {
            throw new Error(
              \`DATA_ENCRYPTION_KEY must be 32 bytes in base64 (it is \${key.length}). Make one with: \${KEY_COMMAND}\`,
            );
          }
          return new FieldCipher(key);
        }

        encrypt(plain: string): string {
          const iv = randomBytes(12);
          const cipher = createCipheriv('aes-256-gcm', this.requireKey(), iv);
          const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
          return [
            'v1',
            iv.toString('base64'),
            cipher.getAuthTag().toString('base64'),
            body.toString('base64'),
          ].join('.');
        }

        decrypt(stored: string): string {
          const [version, iv, tag, body] = stored.split('.');
          if (version !== 'v1' || !iv || !tag || body === undefined)
            throw new Error('An encrypted value is damaged');
          const decipher = createDecipheriv('aes-256-gcm', this.requireKey(), Buffer.from(iv, 'base64'));
          decipher.setAuthTag(Buffer.from(tag, 'base64'));
          return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
        }

        private requireKey(): Buffer {
          if (!this.key) throw new Error('DATA_ENCRYPTION_KEY is needed to read or write encrypted fields');
          return this.key;
        }
      }

      /** How a sensitive value appears in lists: payment cards keep their last four characters. */
      export function mask(value: unknown, dataClass: string): unknown {
        if (typeof value !== 'string') return null;
        if (dataClass === 'payment-card' && value.length > 4) return '••••' + value.slice(-4);
        return '••••';
      }
    `,
  );
}
