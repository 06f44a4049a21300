import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRecord, parseJson } from './json.js';
import { warn } from './warn.js';

/** A table of visible strings keyed by id: a type or an interface whose every value is a string. */
export type StringTable<T = Record<string, string>> = { readonly [K in keyof T]: string };

/** The languages the kit ships. Any other `lang` falls back to English. */
export type Lang = 'en' | 'fr';

/** The nearest `lang` of an element, looking through shadow roots to the document. */
export function langOf(el: Element): string {
  let node: Element | null = el;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return document.documentElement.lang || 'en';
}

/** Maps any BCP 47 tag to a shipped language: `fr`, `fr-CA`, `FR-ch` → `fr`; else `en`. */
export function pickLang(tag: string, shipped: readonly string[] = ['en', 'fr']): Lang {
  const primary = tag.trim().toLowerCase().replace('_', '-').split('-')[0];
  return (shipped.includes(primary) ? primary : 'en') as Lang;
}

const hosts = new Set<ReactiveControllerHost>();
let observer: MutationObserver | undefined;

/**
 * Keeps a host's language in step with its nearest `lang`: re-renders the host when any
 * `lang` attribute in the document changes. One observer serves every element.
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The shipped language this element renders in now. */
  get lang(): Lang {
    return pickLang(langOf(this.host));
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (!hosts.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

/**
 * Overlays a webmaster's string overrides (an object, or JSON from the `strings` attribute)
 * on an element's frozen defaults. Unknown keys and non-string values are ignored with one
 * warning; the result is always complete.
 */
export function withOverrides<T extends StringTable<T>>(
  defaults: T,
  overrides: unknown,
  tag: string,
): T {
  const given = typeof overrides === 'string' ? parseJson(overrides, tag, 'strings') : overrides;
  if (given === null || given === undefined) return defaults;
  if (!isRecord(given)) {
    warn(tag, 'strings', 'expected a JSON object of strings; the defaults are used.');
    return defaults;
  }
  const result: Record<string, string> = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    if (!(key in defaults)) warn(tag, 'strings', `unknown key "${key}" was ignored.`);
    else if (typeof value !== 'string') warn(tag, 'strings', `"${key}" must be a string; the default is used.`);
    else result[key] = value;
  }
  return result as T;
}

/**
 * A string's parts with its `{name}` placeholders filled from a table of values, which may be
 * text, numbers or Lit templates (a link, a span); an unknown name stays as written.
 */
export function fill(template: string, values: Record<string, unknown>): unknown[] {
  return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? (part in values ? values[part] : `{${part}}`) : part));
}

/** Fills `{name}` placeholders in a string from a table of values (text only, never HTML). */
export function format(template: string, values: Record<string, string | number>): string {
  return fill(template, values).join('');
}

/** One `Intl.PluralRules` per language for the page (making one loads the language's rules). */
const rules = new Map<Lang, Intl.PluralRules>();
function pluralRules(lang: Lang): Intl.PluralRules {
  const known = rules.get(lang);
  if (known) return known;
  const made = new Intl.PluralRules(lang);
  rules.set(lang, made);
  return made;
}

/**
 * The plural form of a string for a count, by the language's rules (`Intl.PluralRules`): a
 * table holds `key_one` and `key_other` (and any other form a language needs, such as `key_few`),
 * as i18next names them; a missing form falls back to `key_other`.
 */
export function plural(table: Readonly<Record<string, string>>, key: string, count: number, lang: Lang): string {
  const form = pluralRules(lang).select(count);
  return table[`${key}_${form}`] ?? table[`${key}_other`];
}

/** Deep-freezes default content so no element can change another's defaults. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}
