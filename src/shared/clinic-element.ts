import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { emit } from './events.js';
import { LangController, withOverrides, type Lang } from './i18n.js';
import { localized, type Localized } from './localize.js';
import { warn } from './warn.js';

/** A table of an element's visible strings, keyed by id. */
export type StringTable = Readonly<Record<string, string>>;

/**
 * The shared plumbing of every clinic-widgets element:
 * - the language, from the nearest `lang` (followed as it changes);
 * - the `strings` override property, and the resolved strings, computed in `willUpdate`;
 * - `warn()`, one console warning per element, attribute and problem;
 * - `emit()`, the kit's one event scheme (bubbling, composed CustomEvents).
 *
 * A subclass passes its strings table (`en` and `fr` objects of one interface) to `super()`,
 * and reads `this.t` while rendering. `render()` stays a pure function of state: parsing and
 * warnings belong in `willUpdate`.
 */
export abstract class ClinicElement<S extends StringTable> extends LitElement {
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

  constructor(private readonly table: Localized<S>) {
    super();
  }

  // Lifecycle

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

  /** Dispatches `name` as a bubbling, composed CustomEvent; false if a listener cancelled it. */
  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return emit(this, name, detail, cancelable);
  }
}
