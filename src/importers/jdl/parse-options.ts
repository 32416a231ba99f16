/**
 * JHipster generator options (`dto * with mapstruct except A`, `use … for …`, `readOnly A`) and the
 * `application { … }` and `deployment { … }` blocks, which WebNova reads past without using.
 * @module
 */
import type { JdlEntitySelection, JdlIgnoredBlock, JdlOption } from './ast.js';
import { positionOf, type TokenCursor } from './token-cursor.js';
import type { Token } from './tokenizer.js';

/** Options that apply to a selection of entities with no value: `skipClient *`. */
export const UNARY_OPTIONS = new Set([
  'skipClient',
  'skipServer',
  'noFluentMethod',
  'filter',
  'readOnly',
  'embedded',
]);
/** Options that take a value after `with`: `dto * with mapstruct`. */
export const BINARY_OPTIONS = new Set([
  'dto',
  'service',
  'paginate',
  'search',
  'microservice',
  'angularSuffix',
  'clientRootFolder',
]);

const OPTION_HINT =
  'JDL options look like `dto * with mapstruct except Patient` or `readOnly Patient, Doctor`.';

export function parseOption(cursor: TokenCursor, keyword: Token): JdlOption {
  const option: JdlOption = {
    name: keyword.text,
    entities: parseSelection(cursor, `after option \`${keyword.text}\``),
    except: [],
    at: positionOf(keyword),
  };
  if (BINARY_OPTIONS.has(keyword.text)) {
    if (!cursor.skipWord('with')) {
      throw cursor.unexpected(
        `expected \`with\` and a value after \`${keyword.text}\` and its entities`,
        OPTION_HINT,
      );
    }
    option.value = cursor.expectIdentifier(`a value after \`${keyword.text} … with\``, OPTION_HINT).text;
  }
  parseExcept(cursor, option);
  return option;
}

/** `use mapstruct, serviceImpl, pagination for * except Patient`. */
export function parseUseOption(cursor: TokenCursor, keyword: Token): JdlOption {
  const values = [cursor.expectIdentifier('an option name after `use`', OPTION_HINT).text];
  while (cursor.skipPunctuation(',')) {
    values.push(cursor.expectIdentifier('an option name after `,`', OPTION_HINT).text);
  }
  if (!cursor.skipWord('for'))
    throw cursor.unexpected('expected `for` after the options of `use`', OPTION_HINT);
  const option: JdlOption = {
    name: 'use',
    value: values.join(', '),
    entities: parseSelection(cursor, 'after `use … for`'),
    except: [],
    at: positionOf(keyword),
  };
  parseExcept(cursor, option);
  return option;
}

function parseExcept(cursor: TokenCursor, option: JdlOption): void {
  if (cursor.skipWord('except')) option.except = parseSelection(cursor, 'after `except`').names;
}

function parseSelection(cursor: TokenCursor, context: string): JdlEntitySelection {
  if (cursor.skipPunctuation('*') || cursor.skipWord('all')) return { all: true, names: [] };
  const names = [cursor.expectIdentifier(`\`*\`, \`all\` or entity names ${context}`, OPTION_HINT).text];
  while (cursor.skipPunctuation(',')) {
    names.push(cursor.expectIdentifier('an entity name after `,`', OPTION_HINT).text);
  }
  return { all: false, names };
}

/** Skips a `{ … }` block, nested blocks included, remembering an application's `baseName`. */
export function skipBlock(cursor: TokenCursor, keyword: Token): JdlIgnoredBlock {
  const kind = keyword.text === 'application' ? 'application' : 'deployment';
  const block: JdlIgnoredBlock = { keyword: kind, at: positionOf(keyword) };
  const hint = `Check that every \`{\` inside the ${kind} block has a matching \`}\`.`;
  const open = cursor.expectPunctuation('{', `after \`${kind}\``, `Write it as \`${kind} { … }\`.`);
  let depth = 1;
  while (depth > 0) {
    const token = cursor.next();
    if (token.kind === 'end') {
      throw cursor.unexpected(
        `expected \`}\` to close the ${kind} block that starts on line ${open.line}`,
        hint,
        token,
      );
    }
    if (token.text === '{' && token.kind === 'punctuation') depth += 1;
    else if (token.text === '}' && token.kind === 'punctuation') depth -= 1;
    else if (token.text === 'baseName' && cursor.isIdentifier()) block.baseName = cursor.peek().text;
  }
  return block;
}
