import { describe, expect, it } from 'vitest';
import { languageOf } from './languages.js';
import { tokenize } from './tokenize.js';

const kindsOf = (source: string, path: string) =>
  tokenize(source, languageOf(path))
    .filter((token) => token.kind !== 'plain' && token.text.trim() !== '')
    .map((token) => [token.kind, token.text.trim()]);

describe('tokenize', () => {
  it('gives back the input when the tokens are joined', () => {
    const source = "import { x } from './x.js';\n// note\nconst n = 42 + `t${x}`;\n";
    expect(
      tokenize(source, 'ts')
        .map((token) => token.text)
        .join(''),
    ).toBe(source);
  });

  it('colours TypeScript keywords, strings, numbers and comments, not keywords inside names', () => {
    expect(kindsOf("export const total = 42; // sum\nconst constant = 'a';", 'src/a.ts')).toEqual([
      ['keyword', 'export'],
      ['keyword', 'const'],
      ['punct', '='],
      ['number', '42'],
      ['punct', ';'],
      ['comment', '// sum'],
      ['keyword', 'const'],
      ['punct', '='],
      ['string', "'a'"],
      ['punct', ';'],
    ]);
  });

  it('tells JSON keys from string values, and reads SQL keywords in any case', () => {
    expect(kindsOf('{"name": "clinic", "ok": true}', 'package.json')).toEqual([
      ['punct', '{'],
      ['key', '"name"'],
      ['punct', ':'],
      ['string', '"clinic"'],
      ['punct', ','],
      ['key', '"ok"'],
      ['punct', ':'],
      ['keyword', 'true'],
      ['punct', '}'],
    ]);
    expect(kindsOf('create TABLE "patients" (id uuid);', 'drizzle/0000_init.sql')).toEqual(
      expect.arrayContaining([
        ['keyword', 'create'],
        ['keyword', 'TABLE'],
        ['key', '"patients"'],
        ['keyword', 'uuid'],
      ]),
    );
  });

  it('knows YAML keys, Markdown headings and Dockerfile instructions', () => {
    expect(kindsOf('services:\n  app:\n    image: node # base', 'compose.yaml')).toContainEqual([
      'key',
      'services',
    ]);
    expect(kindsOf('# City Clinic\n\nText', 'README.md')).toContainEqual(['heading', '# City Clinic']);
    expect(kindsOf('FROM node:20\nRUN npm ci', 'Dockerfile')).toContainEqual(['keyword', 'FROM']);
  });
});
