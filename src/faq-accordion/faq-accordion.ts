import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { emit } from '../shared/events.js';
import { LangController, format, withOverrides, type Lang } from '../shared/i18n.js';
import { localized } from '../shared/localize.js';
import { warn } from '../shared/warn.js';
import { faqText, type FaqStrings } from './faq-accordion.strings.js';
import { styles } from './faq-accordion.styles.js';
import { faqSchema, fold, matches, paragraphs, readChildren, textItems, withIds, type FaqItem } from './faq-items.js';

const TAG = 'faq-accordion';
/**
 * Collapsed answers stay findable with find-in-page: `hidden = 'until-found'` where the browser
 * supports it (it then fires `beforematch`); elsewhere the setter makes it plain `hidden`.
 */
const HIDDEN = 'until-found' as unknown as boolean;

/**
 * Hides the summary of each `<details>` the accordion has taken over (it shows the question
 * itself); adopted by the document or shadow root the element is in (CSP-safe). Removing
 * `slot` undoes it.
 */
const chrome = css`
  faq-accordion > details[slot] > summary:first-of-type {
    display: none !important;
  }
`.styleSheet;

const hashId = (hash: string): string => {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
};

/** Detail of `faq-toggle`. */
export interface FaqToggleDetail {
  /** The item's id (as in a `#id` link). */
  id: string;
  /** The question's text. */
  question: string;
  /** True if the item is now open. */
  open: boolean;
}

/**
 * An accessible FAQ accordion that enhances plain `<details>` markup (or a JSON list), with
 * keyboard support, deep links, find-in-page, an optional search box and FAQPage JSON-LD.
 *
 * @tagname faq-accordion
 * @summary An FAQ that works as plain HTML first: searchable, linkable, findable, printable.
 *
 * @slot - `<details><summary>Question</summary>answer…</details>` items and/or one
 *   `<script type="application/json">` list. Other elements are shown above the questions.
 *
 * @csspart base - The wrapper around everything.
 * @csspart item - One question and its answer.
 * @csspart heading - The heading holding a question button.
 * @csspart button - The question button that opens and closes its answer.
 * @csspart icon - The chevron in a question button.
 * @csspart panel - The answer panel.
 * @csspart search - The search input (with `search`).
 * @csspart status - The "N of M questions" / "No questions match" message (with `search`).
 * @csspart expand-all - The Expand all / Collapse all toggle.
 *
 * @cssprop --cw-accent - Hover colour of questions. Default teal `#2f6f73`.
 * @cssprop --cw-border - Lines between questions.
 * @cssprop --cw-muted - Search box border and status text.
 * @cssprop --cw-text - Text colour (inherited by default).
 * @cssprop --cw-surface - Search box background.
 * @cssprop --cw-font - Font (inherited by default).
 * @cssprop --cw-heading-font - Font of the questions.
 * @cssprop --cw-font-size - Base font size.
 * @cssprop --cw-space - Spacing unit.
 * @cssprop --cw-radius - Corner radius of the search box and toggle.
 * @cssprop --cw-focus-ring - Focus outline colour.
 * @cssprop --cw-duration - Open animation and icon turn (0 under reduced motion).
 * @cssprop --cw-faq-scroll-margin - Space kept above a question scrolled to by a link (e.g. under a sticky header). Default `1rem`.
 *
 * @fires faq-toggle - A visitor opened or closed an item (its button, Expand/Collapse all, find-in-page or a link to it); one event per item that changed. Not fired by the methods. Detail: `{ id, question, open }`.
 */
export class FaqAccordion extends LitElement {
  static override styles = styles;

  private readonly i18n = new LangController(this);

  /** Heading level of each question, 2 to 6. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** Opening one question closes the others. */
  @property({ type: Boolean }) single = false;
  /** Hides the Expand all / Collapse all toggle. */
  @property({ type: Boolean, attribute: 'no-expand-all' }) noExpandAll = false;
  /** Shows a search box that filters the questions as the visitor types. */
  @property({ type: Boolean }) search = false;
  /** Adds FAQPage JSON-LD (schema.org) for the questions to the page, kept in sync. */
  @property({ type: Boolean }) schema = false;
  /** Overrides any visible string: a JSON object (attribute) or an object (property). */
  @property() strings?: string | Partial<FaqStrings>;

  @state() private items: FaqItem[] = [];
  @state() private opened = new Set<string>();
  @state() private query = '';
  private readonly adopted = new Set<HTMLDetailsElement>();
  private ld?: HTMLScriptElement;
  private linked = false;
  private defaults?: [Lang, FaqItem[]];
  private readonly observer = new MutationObserver((records) => {
    if (records.some((r) => [...r.addedNodes, ...r.removedNodes].some((n) => n !== this.ld))) this.read();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode() as Document | ShadowRoot;
    if (chrome && !root.adoptedStyleSheets.includes(chrome)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, chrome];
    this.read();
    this.observer.observe(this, { childList: true });
    addEventListener('hashchange', this.onHash);
    document.addEventListener('click', this.onLink);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer.disconnect();
    removeEventListener('hashchange', this.onHash);
    document.removeEventListener('click', this.onLink);
    this.release(new Set());
  }

  override updated(): void {
    if (this.schema) {
      this.ld ??= Object.assign(document.createElement('script'), { type: 'application/ld+json' });
      const json = faqSchema(this.list);
      if (this.ld.textContent !== json) this.ld.textContent = json;
      if (this.ld.parentNode !== this) this.append(this.ld);
    } else this.ld?.remove();
  }

  /** Reads the light-DOM items and takes over each new `<details>` (its `open` is the initial state). */
  private read(): void {
    const items = readChildren(this, this.ld);
    const opened = new Set(this.opened);
    for (const { details, id } of items) {
      if (!details) continue;
      details.slot = id;
      if (this.adopted.has(details)) continue;
      if (details.open) opened.add(id);
      details.id ||= id;
      details.open = true;
      this.adopted.add(details);
    }
    this.release(new Set(items.map((item) => item.details)));
    this.items = items;
    this.opened = opened;
    this.linked ||= this.reveal(hashId(location.hash));
  }

  /** Gives `<details>` that left (or all, on disconnect) back their own summary and state. */
  private release(keep: Set<unknown>): void {
    for (const details of this.adopted) {
      if (keep.has(details)) continue;
      details.removeAttribute('slot');
      details.open = this.opened.has(details.id);
      this.adopted.delete(details);
    }
  }

  private get list(): FaqItem[] {
    if (this.items.length) return this.items;
    const lang = this.i18n.lang;
    if (this.defaults?.[0] !== lang) this.defaults = [lang, withIds(textItems(localized(faqText, lang).faqs))];
    return this.defaults[1];
  }

  private shown(): FaqItem[] {
    const terms = fold(this.search ? this.query : '').split(/\s+/).filter(Boolean);
    return this.list.filter((item) => matches(item, terms));
  }

  /** Opens or closes items; `single` closes the others when one opens. A visitor's changes fire `faq-toggle`. */
  private set(ids: string[], open: boolean, person: boolean): void {
    const before = this.opened;
    const next = new Set(open && this.single && ids.length < 2 ? [] : before);
    for (const id of ids) {
      if (open) next.add(id);
      else next.delete(id);
    }
    this.opened = next;
    for (const { id, question } of person ? this.list : []) {
      if (next.has(id) !== before.has(id)) emit<FaqToggleDetail>(this, 'faq-toggle', { id, question, open: next.has(id) });
    }
  }

  private setAll(open: boolean, person: boolean): void {
    this.set(
      this.shown().map((item) => item.id),
      open,
      person,
    );
  }

  /** Opens the item with this id, then scrolls it into view (and focuses its button). */
  private reveal(id: string, person = true, focus = false): boolean {
    const i = this.list.findIndex((item) => item.id === id);
    if (i < 0) return false;
    this.set([id], true, person);
    void this.updateComplete.then(() =>
      requestAnimationFrame(() => {
        const item = this.renderRoot.querySelectorAll('.item')[i];
        item?.scrollIntoView();
        if (focus) item?.querySelector('button')?.focus({ preventScroll: true });
      }),
    );
    return true;
  }

  private readonly onHash = (): void => {
    this.reveal(hashId(location.hash));
  };

  private readonly onLink = (event: MouseEvent): void => {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (link?.hash && link.href.split('#')[0] === location.href.split('#')[0]) this.reveal(hashId(link.hash), true, true);
  };

  private at(event: Event): string {
    return this.list[Number((event.currentTarget as HTMLElement).dataset.i)].id;
  }

  private onToggle(event: Event): void {
    const id = this.at(event);
    this.set([id], !this.opened.has(id), true);
  }

  private onKey(event: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .q')];
    const i = buttons.indexOf(event.currentTarget as HTMLElement);
    const n = buttons.length;
    const to = ({ ArrowDown: i + 1, ArrowUp: i - 1 + n, Home: 0, End: n - 1 } as Record<string, number>)[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    buttons[to % n].focus();
  }

  private onMatch(event: Event): void {
    this.set([this.at(event)], true, true);
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
  }

  private onAll(): void {
    this.setAll(!this.shown().every((item) => this.opened.has(item.id)), true);
  }

  /** Opens every question (every one the search shows, while filtered). */
  expandAll(): void {
    this.setAll(true, false);
  }

  /** Closes every question (every one the search shows, while filtered). */
  collapseAll(): void {
    this.setAll(false, false);
  }

  /** Opens the question with this id and scrolls it into view; false if there is none. */
  show(id: string): boolean {
    return this.reveal(id, false);
  }

  override render() {
    const s = withOverrides(localized(faqText, this.i18n.lang).strings, this.strings, TAG);
    const list = this.list;
    const shown = new Set(this.shown());
    const allOpen = [...shown].every((item) => this.opened.has(item.id));
    const toggle = list.length > 1 && !this.noExpandAll && !this.single;
    let level = this.headingLevel;
    if (!(level >= 2 && level <= 6 && Number.isInteger(level))) {
      warn(TAG, 'heading-level', 'use 2 to 6; 3 is used.');
      level = 3;
    }
    // Many panels as landmarks would crowd a screen reader's landmark list (WAI-ARIA APG).
    const role = list.length > 6 ? 'group' : 'region';
    return html`<div part="base">
      <slot></slot>
      ${this.search || toggle
        ? html`<div class="tools">
            ${this.search
              ? html`<div class="search" role="search">
                  <label for="search">${s.search}</label>
                  <input id="search" part="search" type="search" autocomplete="off" .value=${this.query} @input=${this.onInput} />
                </div>`
              : nothing}
            ${toggle
              ? html`<button class="button secondary" part="expand-all" @click=${this.onAll}>${allOpen ? s.collapseAll : s.expandAll}</button>`
              : nothing}
          </div>`
        : nothing}
      ${this.search
        ? html`<p class="status" part="status" role="status">
            ${this.query.trim() ? (shown.size ? format(s.count, { n: shown.size, total: list.length }) : s.noMatch) : ''}
          </p>`
        : nothing}
      <div class="list">${list.map((item, i) => this.renderItem(item, i, shown.has(item), String(level), role))}</div>
    </div>`;
  }

  private renderItem(item: FaqItem, i: number, shown: boolean, level: string, role: 'group' | 'region') {
    const open = this.opened.has(item.id);
    return html`<div class="item" part="item" ?hidden=${!shown}>
      <div class="heading" part="heading" role="heading" aria-level=${level}>
        <button
          class="q"
          part="button"
          id="q${i}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="a${i}"
          data-i=${i}
          @click=${this.onToggle}
          @keydown=${this.onKey}
        >
          ${item.question}<span class="icon" part="icon" aria-hidden="true"></span>
        </button>
      </div>
      <div
        class="panel"
        part="panel"
        role=${role}
        id="a${i}"
        aria-labelledby="q${i}"
        data-i=${i}
        .hidden=${open ? false : HIDDEN}
        @beforematch=${this.onMatch}
      >
        <div class="answer">${item.details ? html`<slot name=${item.id}></slot>` : paragraphs(item.answer).map((p) => html`<p>${p}</p>`)}</div>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
  interface GlobalEventHandlersEventMap {
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
