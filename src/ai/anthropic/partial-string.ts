/**
 * Reads one string property out of JSON that is still arriving. Claude streams a tool call's input
 * as fragments of JSON; the summary comes first, so reading it early lets the person watch it being
 * written instead of waiting for the whole Blueprint.
 */
export interface PartialString {
  /** The decoded text so far (a trailing escape sequence that is still incomplete is held back). */
  text: string;
  /** True once the closing quote has arrived. */
  complete: boolean;
}

/**
 * Finds `"<key>": "…` in `json` and decodes the string value as far as it has arrived, or returns
 * null when the key has not arrived yet (or its value is not a string).
 *
 * Inside a JSON string every quote is escaped, so `"key":` can only match a real property name.
 */
export function readPartialString(json: string, key: string): PartialString | null {
  const opening = new RegExp(`"${escapeForRegExp(key)}"\\s*:\\s*"`).exec(json);
  if (!opening) return null;
  const start = opening.index + opening[0].length;
  let end = start;
  let complete = false;
  while (end < json.length) {
    const char = json[end];
    if (char === '"') {
      complete = true;
      break;
    }
    if (char === '\\') {
      const escapeLength = json[end + 1] === 'u' ? 6 : 2;
      if (end + escapeLength > json.length) break;
      end += escapeLength;
      continue;
    }
    end += 1;
  }
  try {
    return { text: JSON.parse(`"${json.slice(start, end)}"`) as string, complete };
  } catch {
    return null;
  }
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
