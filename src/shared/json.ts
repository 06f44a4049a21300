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
  } catch (error) {
    warn(tag, attribute, `invalid JSON (${(error as Error).message}); the default is used.`);
    return undefined;
  }
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
