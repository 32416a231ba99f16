/**
 * A recursive-descent parser for the JHipster Domain Language: entities, enums, relationships,
 * options, constants, and the application and deployment blocks it reads past.
 * @module
 */
import type { JdlDocument } from './ast.js';
import { parseAnnotations } from './parse-annotations.js';
import { parseEntity, parseEnum } from './parse-entity.js';
import { BINARY_OPTIONS, parseOption, parseUseOption, skipBlock, UNARY_OPTIONS } from './parse-options.js';
import { parseRelationshipBlock } from './parse-relationships.js';
import { positionOf, TokenCursor } from './token-cursor.js';
import { tokenizeJdl } from './tokenizer.js';

const DECLARATION_HINT =
  'A JDL file holds entity, enum and relationship declarations, options such as `dto * with mapstruct`, ' +
  'constants such as `MAX_NAME = 100`, and application or deployment blocks.';

export function parseJdl(source: string): JdlDocument {
  const cursor = new TokenCursor(tokenizeJdl(source), source);
  const document: JdlDocument = {
    entities: [],
    enums: [],
    relationships: [],
    options: [],
    ignoredBlocks: [],
    constants: [],
  };
  while (!cursor.atEnd()) parseDeclaration(cursor, document);
  return document;
}

function parseDeclaration(cursor: TokenCursor, document: JdlDocument): void {
  const { annotations, doc } = parseAnnotations(cursor);
  const keyword = cursor.peek();
  if (annotations.length > 0 && !cursor.isWord('entity')) {
    throw cursor.unexpected(
      'expected `entity` after annotations',
      'Annotations at the top level apply to an entity.',
    );
  }
  if (keyword.kind !== 'identifier') throw cursor.unexpected('expected a JDL declaration', DECLARATION_HINT);
  cursor.next();
  const word = keyword.text;
  if (word === 'entity') document.entities.push(parseEntity(cursor, keyword, annotations, doc));
  else if (word === 'enum') document.enums.push(parseEnum(cursor, keyword));
  else if (word === 'relationship') document.relationships.push(...parseRelationshipBlock(cursor));
  else if (word === 'application' || word === 'deployment')
    document.ignoredBlocks.push(skipBlock(cursor, keyword));
  else if (word === 'use') document.options.push(parseUseOption(cursor, keyword));
  else if (UNARY_OPTIONS.has(word) || BINARY_OPTIONS.has(word))
    document.options.push(parseOption(cursor, keyword));
  else if (cursor.isPunctuation('=')) {
    cursor.next();
    const negative = cursor.skipPunctuation('-');
    const value = cursor.peek();
    if (value.kind !== 'number' || Number.isNaN(Number(value.text))) {
      throw cursor.unexpected(
        `expected a number after \`${word} =\``,
        'Constants are numbers, e.g. `MAX_NAME = 100`.',
      );
    }
    cursor.next();
    document.constants.push({
      name: word,
      value: (negative ? -1 : 1) * Number(value.text),
      at: positionOf(keyword),
    });
  } else {
    throw cursor.unexpected('expected a JDL declaration', DECLARATION_HINT, keyword);
  }
}
