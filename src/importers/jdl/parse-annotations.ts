/**
 * `@name` and `@name(value)` annotations, which JDL allows before entities, fields and relationship
 * sides.
 * @module
 */
import type { JdlAnnotation } from './ast.js';
import { positionOf, type TokenCursor } from './token-cursor.js';

const ANNOTATION_HINT = 'Write annotations as @name or @name(value), e.g. @readOnly or @dto(mapstruct).';

export interface AnnotatedStart {
  annotations: JdlAnnotation[];
  /** The doc comment written before the first annotation (or before the item when there is none). */
  doc: string | undefined;
}

export function parseAnnotations(cursor: TokenCursor): AnnotatedStart {
  const doc = cursor.peek().doc;
  const annotations: JdlAnnotation[] = [];
  while (cursor.isPunctuation('@')) {
    const at = positionOf(cursor.next());
    const name = cursor.expectIdentifier('an annotation name after `@`', ANNOTATION_HINT).text;
    const annotation: JdlAnnotation = { name, at };
    if (cursor.isPunctuation('(')) {
      const open = cursor.next();
      while (!cursor.isPunctuation(')')) {
        if (cursor.atEnd())
          throw cursor.unexpected(`expected \`)\` to close annotation @${name}`, ANNOTATION_HINT);
        cursor.next();
      }
      const close = cursor.next();
      annotation.value = unquote(cursor.textBetween(open, close));
    }
    annotations.push(annotation);
  }
  return { annotations, doc };
}

function unquote(text: string): string {
  return /^(["']).*\1$/.test(text) ? text.slice(1, -1) : text;
}
