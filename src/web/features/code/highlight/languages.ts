/** What a token is, for colouring; `plain` is everything else. */
export type TokenKind =
  'plain' | 'comment' | 'string' | 'number' | 'keyword' | 'type' | 'key' | 'punct' | 'heading';

/** Tried in order at each position; the first that matches there wins. Every pattern is sticky (`y`). */
export type Rule = readonly [TokenKind, RegExp];

export type Language = 'ts' | 'json' | 'sql' | 'yaml' | 'markdown' | 'shell' | 'css' | 'html' | 'plain';

const TS_KEYWORDS =
  'abstract|as|async|await|break|case|catch|class|const|continue|declare|default|delete|do|else|enum|export|extends|false|finally|for|from|function|get|if|implements|import|in|instanceof|interface|keyof|let|new|null|of|private|protected|public|readonly|return|satisfies|set|static|super|switch|this|throw|true|try|type|typeof|undefined|var|void|while|yield';
const SQL_KEYWORDS =
  'add|all|alter|and|as|asc|begin|between|bigint|boolean|by|cascade|check|column|commit|constraint|create|default|delete|desc|distinct|drop|exists|foreign|from|function|grant|group|having|if|in|index|inner|insert|integer|into|is|join|key|left|like|limit|not|null|numeric|on|or|order|policy|primary|references|restrict|returning|revoke|select|set|table|text|timestamptz|to|true|false|unique|update|using|uuid|values|varchar|where|with';
const SHELL_KEYWORDS =
  'FROM|RUN|COPY|ADD|WORKDIR|CMD|ENTRYPOINT|ENV|ARG|EXPOSE|USER|LABEL|HEALTHCHECK|VOLUME|AS|if|then|else|fi|for|do|done|echo|export|set';

const DOUBLE_QUOTED = /"(?:\\.|[^\\"\n])*"/y;
const SINGLE_QUOTED = /'(?:\\.|[^\\'\n])*'/y;
const NUMBER = /-?\b\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?n?\b/y;
const WORD = /[A-Za-z_$][\w$-]*/y;

const words = (list: string, flags = 'y') => new RegExp(`\\b(?:${list})\\b`, flags);

export const RULES: Record<Language, readonly Rule[]> = {
  ts: [
    ['comment', /\/\/[^\n]*|\/\*[\s\S]*?\*\//y],
    ['string', /`(?:\\[\s\S]|[^\\`])*`/y],
    ['string', DOUBLE_QUOTED],
    ['string', SINGLE_QUOTED],
    ['number', NUMBER],
    ['keyword', words(TS_KEYWORDS)],
    ['type', /\b[A-Z][\w$]*/y],
    ['plain', /[A-Za-z_$][\w$]*/y],
    ['punct', /[{}()[\];,.<>:=+\-*/!?&|%^~@]+/y],
  ],
  json: [
    ['key', /"(?:\\.|[^\\"\n])*"(?=\s*:)/y],
    ['string', DOUBLE_QUOTED],
    ['number', NUMBER],
    ['keyword', /\b(?:true|false|null)\b/y],
    ['punct', /[{}[\],:]/y],
  ],
  sql: [
    ['comment', /--[^\n]*|\/\*[\s\S]*?\*\//y],
    ['string', SINGLE_QUOTED],
    ['key', DOUBLE_QUOTED],
    ['number', NUMBER],
    ['keyword', words(SQL_KEYWORDS, 'iy')],
    ['plain', /[A-Za-z_][\w]*/y],
    ['punct', /[(),;.=<>*+-]+/y],
  ],
  yaml: [
    ['comment', /#[^\n]*/y],
    ['key', /[\w.-]+(?=:(?:\s|$))/y],
    ['string', DOUBLE_QUOTED],
    ['string', SINGLE_QUOTED],
    ['keyword', /\b(?:true|false|null|yes|no|on|off)\b/y],
    ['number', NUMBER],
    ['plain', WORD],
    ['punct', /[-:|>[\]{},&*!]/y],
  ],
  markdown: [
    ['heading', /^#{1,6} [^\n]*/my],
    ['string', /^```[^\n]*\n[\s\S]*?^```/my],
    ['string', /`[^`\n]+`/y],
    ['keyword', /\*\*[^*\n]+\*\*/y],
    ['type', /\[[^\]\n]+\]\([^)\n]+\)/y],
    ['punct', /^\s*(?:[-*+]|\d+\.) /my],
    ['plain', /\w+/y],
  ],
  shell: [
    ['comment', /#[^\n]*/y],
    ['string', DOUBLE_QUOTED],
    ['string', SINGLE_QUOTED],
    ['keyword', words(SHELL_KEYWORDS)],
    ['type', /\$\{?\w+\}?/y],
    ['number', NUMBER],
    ['plain', WORD],
  ],
  css: [
    ['comment', /\/\*[\s\S]*?\*\//y],
    ['string', DOUBLE_QUOTED],
    ['string', SINGLE_QUOTED],
    ['key', /[\w-]+(?=\s*:)/y],
    ['keyword', /@[\w-]+/y],
    ['number', /-?\d+(?:\.\d+)?(?:px|rem|em|%|vh|vw|s|ms)?/y],
    ['plain', WORD],
    ['punct', /[{}():;,]/y],
  ],
  html: [
    ['comment', /<!--[\s\S]*?-->/y],
    ['keyword', /<\/?[\w-]+|\/?>/y],
    ['key', /[\w-]+(?==)/y],
    ['string', DOUBLE_QUOTED],
    ['string', SINGLE_QUOTED],
    ['plain', WORD],
  ],
  plain: [],
};

/** The language a generated file is written in, from its name. */
export function languageOf(path: string): Language {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'dockerfile' || name.startsWith('.env') || name.endsWith('.sh')) return 'shell';
  const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1) : '';
  switch (extension) {
    case 'ts':
    case 'tsx':
    case 'js':
    case 'jsx':
    case 'mjs':
    case 'cjs':
    case 'mts':
    case 'cts':
      return 'ts';
    case 'json':
      return 'json';
    case 'sql':
      return 'sql';
    case 'yml':
    case 'yaml':
      return 'yaml';
    case 'md':
      return 'markdown';
    case 'css':
      return 'css';
    case 'html':
    case 'svg':
    case 'xml':
      return 'html';
    default:
      return 'plain';
  }
}
