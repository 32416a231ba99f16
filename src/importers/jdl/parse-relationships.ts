/**
 * `relationship ManyToOne { Car{owner(login) required} to Person{cars} with builtInEntity, … }`.
 * @module
 */
import {
  JDL_RELATIONSHIP_KINDS,
  type JdlRelationship,
  type JdlRelationshipKind,
  type JdlRelationshipSide,
} from './ast.js';
import { parseAnnotations } from './parse-annotations.js';
import { positionOf, type TokenCursor } from './token-cursor.js';

const RELATIONSHIP_HINT =
  'A JDL relationship block looks like `relationship ManyToOne { Appointment{patient required} to Patient }`.';

/** Options that may follow `with` in a relationship; anything else ends the option list. */
const RELATIONSHIP_OPTIONS = new Set(['builtInEntity', 'jpaDerivedIdentifier']);

export function parseRelationshipBlock(cursor: TokenCursor): JdlRelationship[] {
  const kindToken = cursor.peek();
  if (!(JDL_RELATIONSHIP_KINDS as readonly string[]).includes(kindToken.text)) {
    throw cursor.unexpected(
      'expected OneToOne, ManyToOne, OneToMany or ManyToMany after `relationship`',
      RELATIONSHIP_HINT,
    );
  }
  cursor.next();
  const kind = kindToken.text as JdlRelationshipKind;
  cursor.expectPunctuation('{', `after \`relationship ${kind}\``, RELATIONSHIP_HINT);
  const relationships: JdlRelationship[] = [];
  while (!cursor.skipPunctuation('}')) {
    if (cursor.atEnd()) {
      throw cursor.unexpected(`expected \`}\` to close the ${kind} relationship block`, RELATIONSHIP_HINT);
    }
    relationships.push(parseRelationship(cursor, kind));
    cursor.skipPunctuation(',');
  }
  return relationships;
}

function parseRelationship(cursor: TokenCursor, kind: JdlRelationshipKind): JdlRelationship {
  const start = cursor.peek();
  const from = parseSide(cursor, 'the entity a relationship starts from');
  if (!cursor.skipWord('to')) {
    throw cursor.unexpected(
      `expected \`to\` after \`${from.entity}\` in a ${kind} relationship`,
      RELATIONSHIP_HINT,
    );
  }
  const to = parseSide(cursor, `the entity after \`${from.entity}{…} to\``);
  const options: string[] = [];
  if (cursor.skipWord('with')) {
    options.push(
      cursor.expectIdentifier('a relationship option after `with`', 'e.g. `with builtInEntity`').text,
    );
    while (cursor.isPunctuation(',') && RELATIONSHIP_OPTIONS.has(cursor.peek(1).text)) {
      cursor.next();
      options.push(cursor.next().text);
    }
  }
  return { kind, from, to, options, at: positionOf(start) };
}

function parseSide(cursor: TokenCursor, what: string): JdlRelationshipSide {
  const { annotations, doc } = parseAnnotations(cursor);
  const entityToken = cursor.expectIdentifier(what, RELATIONSHIP_HINT);
  const side: JdlRelationshipSide = {
    entity: entityToken.text,
    required: false,
    annotations,
    at: positionOf(entityToken),
  };
  const sideDoc = doc ?? entityToken.doc;
  if (sideDoc !== undefined) side.doc = sideDoc;
  if (!cursor.skipPunctuation('{')) return side;
  const sideHint = `Name the relationship inside the braces, e.g. \`${side.entity}{owner(name) required}\`.`;
  side.field = cursor.expectIdentifier(`a relationship name after \`${side.entity}{\``, sideHint).text;
  if (cursor.skipPunctuation('(')) {
    side.displayField = cursor.expectIdentifier(
      `a display field name in \`${side.entity}{${side.field}(…)}\``,
      sideHint,
    ).text;
    cursor.expectPunctuation(')', `after the display field of \`${side.entity}{${side.field}}\``, sideHint);
  }
  if (cursor.skipWord('required')) side.required = true;
  cursor.expectPunctuation('}', `to close \`${side.entity}{${side.field}\``, sideHint);
  return side;
}
