import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { applyClinicDefaults } from './clinic-defaults.js';
import { unknownAttributes } from './attributes.js';
import { emit } from './events.js';
import { LangController, withOverrides, type Lang, type StringTable } from './i18n.js';
import { localized, type Localized } from './localize.js';
import { oneOf, warn } from './warn.js';

export type { StringTable } from './i18n.js';

/**
 * One of the kit's elements as a child: none is ever written straight inside another (a
 * booking button inside an FAQ's answer is a grandchild, and fine).
 */
const KIT_CHILD = ':scope > :is(booking-cta, faq-accordion, therapy-coaching-quiz)';

/**
 * The shared plumbing of every clinic-widgets element:
 * - the language, from the nearest `lang` (followed as it changes);
 * - the `strings` override property, and the resolved strings, computed in `willUpdate`;
 * - `warn()`, one console warning per element, attribute and problem;
 * - `oneOf()`, an enumerated attribute read in any case, or its default with a warning;
 * - at load, one warning per attribute that is not the element's own (a misspelling), with
 *   the closest real name, and the page put back after an element written as `<tag … />`;
 * - `emit()`, the kit's one event scheme (bubbling, composed CustomEvents);
 * - the page's clinic defaults (`<script type="application/json" data-clinic-widgets>`) for
 *   the properties whose attributes are absent.
 *
 * A subclass passes its strings table (`en` and `fr` objects of one interface) to `super()`,
 * and reads `this.t` while rendering. `render()` stays a pure function of state: parsing and
 * warnings belong in `willUpdate`.
 */
export abstract class ClinicElement<S extends StringTable<S>> extends LitElement {
  // Properties

  /** Overrides of any visible string: a JSON object (attribute) or an object (property). */
  @property() strings?: string | Partial<S>;

  // State

  /** The strings this element renders with: its language's table with the overrides on top. */
  protected t!: S;
  /** The shipped language the strings were resolved for. */
  protected locale: Lang = 'en';

  private readonly i18n = new LangController(this);
  private resolvedFor?: { lang: Lang; strings: unknown; extra: unknown };
  private attributesChecked = false;

  constructor(private readonly table: Localized<S>) {
    super();
  }

  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.attributesChecked) {
      this.attributesChecked = true;
      this.checkAttributes();
      this.releaseFollowingContent();
    }
    applyClinicDefaults(this);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const lang = this.i18n.lang;
    const extra = this.extraStrings();
    const last = this.resolvedFor;
    if (!last || last.lang !== lang || last.strings !== this.strings || last.extra !== extra) {
      this.locale = lang;
      const base = withOverrides(localized(this.table, lang), extra, this.tag);
      this.t = withOverrides(base, this.strings, this.tag);
      this.resolvedFor = { lang, strings: this.strings, extra };
    }
  }

  // Public and protected helpers

  /** The element's tag name in lower case, as the warnings name it. */
  protected get tag(): string {
    return this.localName;
  }

  /** The attribute names of this element's reactive properties (`for`, `booking-url`, `strings`…). */
  protected get ownAttributes(): string[] {
    const names: string[] = [];
    for (const [key, options] of (this.constructor as typeof LitElement).elementProperties) {
      if (options.attribute === false) continue;
      names.push(typeof options.attribute === 'string' ? options.attribute : String(key).toLowerCase());
    }
    return names;
  }

  /**
   * String overrides that sit between the defaults and `strings` (the quiz's config has its own).
   * Return the same object while it is unchanged, so the strings are not resolved again.
   */
  protected extraStrings(): unknown {
    return undefined;
  }

  /** Warns once: `<tag> attribute: message`; `error` logs an invalid configuration as an error. */
  protected warn(attribute: string, message: string, error?: boolean): void {
    warn(this.tag, attribute, message, error);
  }

  /**
   * An enumerated attribute's value: one of `allowed` in any case (`Banner` → `banner`), the
   * first (the default) when unset, else the default with one warning.
   */
  protected oneOf<T extends string>(attribute: string, value: string | null | undefined, allowed: readonly T[]): T {
    return oneOf(this.tag, attribute, value, allowed);
  }

  /** Dispatches `name` as a bubbling, composed CustomEvent; false if a listener cancelled it. */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return emit(this, name, detail, cancelable);
  }

  /**
   * `<booking-cta … />` does not close an element in HTML: what follows it, up to the end of its
   * parent, is parsed inside it, where it never shows. Another of the kit's elements as its
   * child is the sign: that content goes back after it, with one warning.
   */
  private releaseFollowingContent(): void {
    if (!this.querySelector(KIT_CHILD)) return;
    const tag = this.tag;
    this.warn('closing tag', `written as <${tag} … />, which HTML leaves open: the content after it was hidden inside it (it is shown again). Write <${tag} …></${tag}>.`);
    this.after(...this.childNodes);
  }

  /** One warning per attribute that is not this element's own, naming the closest real one. */
  private checkAttributes(): void {
    const own = this.ownAttributes;
    for (const { name, suggestion } of unknownAttributes(this, own)) {
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `its attributes are ${own.map((a) => `\`${a}\``).join(', ')}.`;
      this.warn(name, `\`${name}\` is not an attribute of <${this.tag}>; ${hint}`);
    }
  }
}
