import { warn } from './warn.js';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'tel:', 'mailto:']);

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', amp: '&', lpar: '(', rpar: ')' };

/** Decodes numeric and the few named character references that can spell a scheme. */
function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, ref: string) => {
    const lower = ref.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 0xfffd);
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10) || 0xfffd);
    return NAMED[lower] ?? match;
  });
}

/** The scheme a browser would see, after removing what its URL parser ignores. */
function schemeOf(value: string): string | null {
  // eslint-disable-next-line no-control-regex
  const compact = value.replace(/[\u0000-\u0020\u007f-\u00a0\u200b-\u200f\u2028\u2029\ufeff]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  return match ? `${match[1].toLowerCase()}:` : null;
}

/**
 * Returns `value` if it is a safe link target (`http:`, `https:`, `tel:`, `mailto:`, or a
 * relative URL), else `null` with one console warning naming the element and attribute.
 * Empty or missing values return `null` without a warning.
 */
export function safeUrl(
  value: string | null | undefined,
  tag: string,
  attribute: string,
  extra: readonly string[] = [],
): string | null {
  // A script may set a property to anything: only text is a link.
  let raw = typeof value === 'string' ? value.trim() : '';
  if (!raw) return null;
  // href=“https://…” pasted from a word processor or an email: HTML keeps the curly quotes.
  const unquoted = raw.replace(/^[“”‘’«»„]+|[“”‘’«»„]+$/g, '');
  if (unquoted !== raw) {
    warn(tag, attribute, `${raw.slice(0, 60)} has curly quotes around it (from a word processor?); they were taken off.`);
    raw = unquoted;
  }
  // A character reference can spell a scheme (`javascript&colon;…`): decoded, when there is one.
  for (const candidate of raw.includes('&') ? [raw, decodeEntities(raw)] : [raw]) {
    const scheme = schemeOf(candidate);
    if (scheme && !SAFE_PROTOCOLS.has(scheme) && !extra.includes(scheme)) {
      warn(tag, attribute, `"${raw.slice(0, 60)}" is not a safe link (only http, https, tel, mailto and relative URLs); it was ignored.`);
      return null;
    }
  }
  // A phone number or an email address in a link's place is a relative path by the rules (a 404).
  if (/^\+?[\d\s().-]{7,}$/.test(raw) && /(\d\D*){7}/.test(raw)) {
    warn(tag, attribute, `"${raw}" is a phone number; it was linked as one (tel:). To show the number as well, use phone="…".`);
    return telUrl(raw);
  }
  if (/^[^\s@/:]+@[^\s@/:]+\.\w+$/.test(raw)) {
    warn(tag, attribute, `"${raw}" is an email address; it was linked as one (mailto:). To show the address as well, use email="…".`);
    return `mailto:${raw}`;
  }
  // `yourclinic.janeapp.com/…` or `www.…` is a relative path by the rules (a 404 on the clinic's
  // own site), and almost always a web address without its https://.
  if (/^(www\.|[\w.-]+\.(com|ca|org|net|me|app|co|io|uk|au|nz|health|care|clinic|info)([/?#:]|$))/i.test(raw)) {
    warn(tag, attribute, `"${raw.slice(0, 60)}" lacks https://; it was added.`);
    return `https://${raw}`;
  }
  return raw;
}

const LOOK_ALIKES: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };

/**
 * A phone number with the letters that look like digits (O, o, I, l) replaced by those digits
 * where they sit inside a group of digits: `780-555-O142` → `780-555-0142`. A group of letters
 * only is a vanity number's word (`1-800-273-TALK`) and stays as written.
 */
export function digitTypos(phone: string): string {
  return phone.replace(/[\dOoIl]+/g, (group) =>
    /\d/.test(group) && /\D/.test(group) ? group.replace(/\D/g, (letter) => LOOK_ALIKES[letter]) : group,
  );
}

/**
 * A `tel:` URL from a phone number as a person writes it: `(780) 555-0100` → `tel:7805550100`,
 * `+1 780…` keeps its plus, an extension (`ext. 3`, `x3`, `poste 3`) stays out of the link (the
 * caller dials it at the menu). Letters after a digit or dash are keypad digits (`1-800-273-TALK`)
 * only when the digits alone are not a whole number: `1-866-APPELLE (277-3553)` or
 * `780-555-0100 Mon-Fri` dial the digits as written. A look-alike letter inside a group of digits
 * is the digit it looks like (`555-O142`, see `digitTypos`).
 */
export function telUrl(phone: string, scheme: 'tel' | 'sms' = 'tel'): string | null {
  if (typeof phone !== 'string') return null; // a script may set a phone property to anything
  const keep = (s: string) => s.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  // Not inside a word: the "ext" of "Text 686868" is no extension.
  const number = digitTypos(phone).replace(/(^|[^a-z])(ext(ension)?\.?|poste|x|#)\s*\d+\s*$/i, '$1');
  let digits = keep(number);
  if (digits.replace('+', '').length < 10)
    digits = keep(
      number.replace(/([\d-])([a-z]+)/gi, (_m, before: string, word: string) =>
        before + word.replace(/./g, (c) => '22233344455566677778889999'[parseInt(c, 36) - 10]),
      ),
    );
  return /\d{2,}/.test(digits) ? `${scheme}:${digits}` : null;
}

/** A phone number to show, and its `tel:` link. */
export interface Phone {
  text: string;
  href: string;
}

/**
 * A phone attribute, read at load: the number as written, with a look-alike letter inside its
 * digits fixed (`780-555-O142` → `780-555-0142`, with a warning), and its `tel:` link; or
 * undefined, with a warning, when it has no number to call.
 */
export function readPhone(tag: string, attribute: string, value: string | null | undefined): Phone | undefined {
  const written = typeof value === 'string' ? value.trim() : '';
  if (!written) return undefined;
  const text = digitTypos(written);
  if (text !== written) warn(tag, attribute, `"${written}" has a letter inside its digits; did you mean "${text}"? That number is shown and called.`);
  const href = telUrl(text);
  if (!href) warn(tag, attribute, `"${written}" has no number to call; it was ignored.`);
  return href ? { text, href } : undefined;
}
