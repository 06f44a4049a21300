import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRecord, parseJson } from './json.js';
import { warn } from './warn.js';

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
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
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
 * A string that depends on a count, by CLDR plural category (`Intl.PluralRules`): `one` for
 * 1 in English (0 and 1 in French), `other` for the rest. Both take `{n}`-style placeholders.
 */
export interface Plural {
  one: string;
  other: string;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of `forms` for the count `n` in a shipped language (a category other than `one` takes `other`). */
export function plural(lang: Lang, n: number, forms: Plural): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules.select(n) === 'one' ? forms.one : forms.other;
}

const isPlural = (value: unknown): value is Plural => isRecord(value) && typeof value.one === 'string' && typeof value.other === 'string';

/**
 * Overlays a webmaster's string overrides (an object, or JSON from the `strings` attribute)
 * on an element's frozen defaults. A plural string takes `{ "one", "other" }`, or one string for
 * every count. Unknown keys and other values are ignored with one warning; the result is always
 * complete.
 */
export function withOverrides<T extends Readonly<Record<string, string | Plural>>>(
  defaults: T,
  overrides: unknown,
  tag: string,
): T {
  const given = typeof overrides === 'string' ? parseJson(overrides, tag, 'strings') : overrides;
  if (given === undefined || given === null) return defaults;
  if (!isRecord(given)) {
    warn(tag, 'strings', 'expected a JSON object of strings; the defaults are used.');
    return defaults;
  }
  const result: Record<string, string | Plural> = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    if (!(key in defaults)) warn(tag, 'strings', `unknown key "${key}" was ignored.`);
    else if (typeof defaults[key] === 'string') {
      if (typeof value === 'string') result[key] = value;
      else warn(tag, 'strings', `"${key}" must be a string; the default is used.`);
    } else if (typeof value === 'string') result[key] = { one: value, other: value };
    else if (isPlural(value)) result[key] = { one: value.one, other: value.other };
    else warn(tag, 'strings', `"${key}" must be a string or {"one": "…", "other": "…"}; the default is used.`);
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

/** Deep-freezes default content so no element can change another's defaults. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    Object.values(value).forEach(deepFreeze);
  }
  return value;
}
