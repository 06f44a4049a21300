import { warn } from './warn.js';

/**
 * Parses JSON given by a webmaster (an attribute or a child script). Invalid JSON gives one
 * console warning naming the element and attribute and returns `undefined`, so the caller
 * falls back to its default.
 */
export function parseJson(text: string | null | undefined, tag: string, attribute: string): unknown {
  if (text === null || text === undefined || !text.trim()) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    const offset = syntaxErrorOffset(text);
    const { line, column } = lineAndColumn(text, offset);
    warn(tag, attribute, `invalid JSON at line ${line}, column ${column}; fix it there (${likelyCause(text, offset)}). The default is used.`);
    return undefined;
  }
}

/** What a webmaster most likely wrote where the JSON stops being valid. */
function likelyCause(text: string, offset: number): string {
  const char = text.charAt(offset);
  if ((char === '}' || char === ']') && text.slice(0, offset).trimEnd().endsWith(',')) return `JSON allows no comma before ${char}`;
  if (char && "'‘’“”".includes(char)) return 'JSON takes straight double quotes, "like this"';
  return 'a missing comma or quote is the usual cause';
}

/** Line and column (from 1) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/**
 * Where a text stops being valid JSON: the offset of the first character a JSON parser rejects
 * (the text's length when it ends too early). Engines word their errors differently and Safari
 * gives no position, so the kit finds it itself. Returns -1 for valid JSON.
 */
export function syntaxErrorOffset(text: string): number {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at])) at++;
  };
  const literal = (word: string): boolean => {
    for (const char of word) if (text[at] === char) at++;
    else return false;
    return true;
  };
  const string = (): boolean => {
    at++; // the opening quote
    while (at < text.length) {
      const char = text[at];
      if (char === '"') {
        at++;
        return true;
      }
      if (char < ' ') return false;
      if (char === '\\') {
        at++;
        if (text[at] === 'u') {
          if (!/^[0-9a-f]{4}$/i.test(text.slice(at + 1, at + 5))) return false;
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? 'x')) return false;
      }
      at++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at));
    if (!match) return false;
    at += match[0].length;
    return true;
  };
  const list = (close: string, item: () => boolean): boolean => {
    at++; // the opening bracket
    skipSpace();
    if (text[at] === close) {
      at++;
      return true;
    }
    for (;;) {
      if (!item()) return false;
      skipSpace();
      if (text[at] === close) {
        at++;
        return true;
      }
      if (text[at] !== ',') return false;
      at++;
    }
  };
  const member = (): boolean => {
    skipSpace();
    if (text[at] !== '"' || !string()) return false;
    skipSpace();
    if (text[at] !== ':') return false;
    at++;
    return value();
  };
  const value = (): boolean => {
    skipSpace();
    const char = text[at];
    if (char === '{') return list('}', member);
    if (char === '[') return list(']', value);
    if (char === '"') return string();
    if (char === 't') return literal('true');
    if (char === 'f') return literal('false');
    if (char === 'n') return literal('null');
    return number();
  };
  if (!value()) return Math.min(at, text.length);
  skipSpace();
  return at === text.length ? -1 : at;
}

/** The parsed JSON of the first child `<script type="application/json">`, if any. */
export function childJson(host: Element, tag: string): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  return script ? parseJson(script.textContent, tag, '<script type="application/json">') : undefined;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
