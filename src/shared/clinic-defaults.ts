import type { ReactiveElement } from 'lit';
import { isRecord, parseJson } from './json.js';
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
const KEYS = [
  'bookingUrl',
  'therapyUrl',
  'coachingUrl',
  'phone',
  'email',
  /** The clinic's phone hours, shown beside "Call the clinic". */
  'hours',
  /** `[{name, call, text, hours}]`: the one array; every other value is a string. */
  'crisisResources',
  'lang',
] as const;

export type ClinicKey = (typeof KEYS)[number];

/** An element class can name the property a key sets when its own name differs (booking-cta's `href`). */
export interface ClinicDefaultsTarget {
  clinicProperties?: Partial<Record<ClinicKey, string>>;
}

const WHERE = 'script data-clinic-widgets';
let cache: { text: string; values: Record<string, unknown> } | undefined;

/**
 * The page's clinic defaults: every `<script data-clinic-widgets>` in document order, later keys
 * win. Invalid JSON warns once (the engine's message gives its line and column) and is skipped.
 */
export function clinicDefaults(): Record<string, unknown> {
  const scripts = [...document.querySelectorAll('script[type="application/json"][data-clinic-widgets]')];
  const text = scripts.map((script) => script.textContent).join('\n');
  if (cache?.text !== text) {
    const values: Record<string, unknown> = {};
    for (const script of scripts) {
      const given = parseJson(script.textContent, WHERE, 'JSON');
      if (given !== undefined && !isRecord(given)) warn(WHERE, 'JSON', 'expected an object such as {"bookingUrl": "https://…"}; it was ignored.');
      for (const [key, value] of Object.entries(isRecord(given) ? given : {})) {
        if (!KEYS.includes(key as ClinicKey)) warn(WHERE, key, `unknown key; use one of ${KEYS.join(', ')}.`);
        else if (key === 'crisisResources' ? !Array.isArray(value) : typeof value !== 'string')
          warn(WHERE, key, `must be ${key === 'crisisResources' ? 'an array' : 'a string'}; it was ignored.`);
        else values[key] = value;
      }
    }
    cache = { text, values };
  }
  return cache.values;
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
    if (!el.hasAttribute(attribute) && (current === null || current === undefined || current === ''))
      (el as unknown as Record<string, unknown>)[name] = value;
  }
}
