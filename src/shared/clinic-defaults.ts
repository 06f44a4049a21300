import type { ReactiveElement } from 'lit';
import { isRecord } from './json.js';
import { warn } from './warn.js';

/**
 * Clinic-wide defaults, stated once anywhere in the page:
 *
 *     <script type="application/json" data-clinic-widgets>
 *       {"bookingUrl": "https://clinic.example/book", "phone": "780-555-0100", "lang": "fr"}
 *     </script>
 *
 * Each key sets the element property of the same name, on every element that has one, unless
 * the element's own attribute is there (or a script set the property first): its own settings win.
 */
const KEYS = {
  bookingUrl: 'string',
  therapyUrl: 'string',
  coachingUrl: 'string',
  phone: 'string',
  email: 'string',
  /** The clinic's phone hours, shown beside "Call the clinic". */
  hours: 'string',
  /** `[{name, call, text, hours}]`. */
  crisisResources: 'array',
  lang: 'string',
} as const;

export type ClinicKey = keyof typeof KEYS;

/** An element class can name the property a key sets when its own name differs (booking-cta's `href`). */
export interface ClinicDefaultsTarget {
  clinicProperties?: Partial<Record<ClinicKey, string>>;
}

const WHERE = 'script data-clinic-widgets';
let cache: { text: string; values: Partial<Record<ClinicKey, unknown>> } | undefined;

/** Line and column of a JSON syntax error, from the engine's message (Chromium and Firefox give them). */
function position(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/i.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const offset = /position (\d+)/i.exec(message);
  if (!offset) return '';
  const before = text.slice(0, Number(offset[1])).split('\n');
  return ` at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** The page's clinic defaults: every `<script data-clinic-widgets>` in document order, later keys win. */
export function clinicDefaults(): Partial<Record<ClinicKey, unknown>> {
  const scripts = [...document.querySelectorAll(`script[type="application/json"][data-clinic-widgets]`)];
  const text = scripts.map((script) => script.textContent).join('\n');
  if (cache?.text === text) return cache.values;
  const values: Partial<Record<ClinicKey, unknown>> = {};
  for (const script of scripts) {
    const source = script.textContent ?? '';
    if (!source.trim()) continue;
    let given: unknown;
    try {
      given = JSON.parse(source);
    } catch (error) {
      const { message } = error as Error;
      warn(WHERE, 'JSON', `invalid JSON${position(source, message)} (${message}); these clinic defaults were ignored.`);
      continue;
    }
    if (!isRecord(given)) {
      warn(WHERE, 'JSON', 'expected a JSON object such as {"bookingUrl": "https://…"}; it was ignored.');
      continue;
    }
    for (const [key, value] of Object.entries(given)) {
      const type = KEYS[key as ClinicKey];
      if (!type) warn(WHERE, key, `unknown key; use one of ${Object.keys(KEYS).join(', ')}.`);
      else if (type === 'array' ? !Array.isArray(value) : typeof value !== 'string')
        warn(WHERE, key, `must be ${type === 'array' ? 'an array' : 'a string'}; it was ignored.`);
      else values[key as ClinicKey] = value;
    }
  }
  cache = { text, values };
  return values;
}

/**
 * Gives an element the page's clinic defaults, for each property it has whose attribute is
 * absent and whose value is still empty. `lang` applies unless the element, or an enclosing
 * element other than `<html>`, has its own.
 */
export function applyClinicDefaults(el: ReactiveElement): void {
  const ctor = el.constructor as typeof ReactiveElement & ClinicDefaultsTarget;
  for (const [key, value] of Object.entries(clinicDefaults())) {
    if (key === 'lang') {
      const own = el.closest('[lang]');
      if (!own || own === document.documentElement) el.lang = value as string;
      continue;
    }
    const name = ctor.clinicProperties?.[key as ClinicKey] ?? key;
    const options = ctor.elementProperties.get(name);
    if (!options) continue;
    const attribute = typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
    const current = (el as unknown as Record<string, unknown>)[name];
    if (!el.hasAttribute(attribute) && (current == null || current === ''))
      (el as unknown as Record<string, unknown>)[name] = value;
  }
}
