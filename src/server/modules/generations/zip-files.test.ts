import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip-files.js';

const files = [
  { path: 'README.md', content: '# Clinic\n' },
  { path: 'src/server/app.ts', content: 'export const app = 1;\n' },
  { path: 'web/i18n/ar.json', content: '{"title":"عيادة"}\n' },
];

describe('zipFiles', () => {
  it('puts every file under the top folder, with its text intact', () => {
    const unpacked = unzipSync(zipFiles('city-clinic', files, new Date('2026-01-02T03:04:05Z')));
    expect(
      Object.fromEntries(Object.entries(unpacked).map(([path, bytes]) => [path, strFromU8(bytes)])),
    ).toEqual({
      'city-clinic/README.md': '# Clinic\n',
      'city-clinic/src/server/app.ts': 'export const app = 1;\n',
      'city-clinic/web/i18n/ar.json': '{"title":"عيادة"}\n',
    });
  });

  it('gives the same bytes for the same files and time, and different bytes for another time', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    const once = zipFiles('city-clinic', files, at);
    expect(zipFiles('city-clinic', files, new Date(at))).toEqual(once);
    expect(zipFiles('city-clinic', files, new Date('2026-06-01T00:00:00Z'))).not.toEqual(once);
  });

  it('accepts times before 1980, which the zip format cannot hold', () => {
    const zip = zipFiles('x', files, new Date(0));
    expect(Object.keys(unzipSync(zip))).toHaveLength(3);
  });
});
