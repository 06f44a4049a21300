import { isRecord, parseJson } from '../shared/json.js';
import { warn } from '../shared/warn.js';

export const TAG = 'faq-accordion';
const JSON_SCRIPT = '<script type="application/json">';

/** One question: a clinic's own `<details>` (its answer stays live, slotted) or text from JSON. */
export interface FaqItem {
  /** Stable id for deep links. */
  id: string;
  /** The question as text (search, schema, events). */
  question: string;
  /** The question as shown, when its `<summary>` has text-level markup (`lang`, `<abbr>`, emphasis). */
  label?: Node[];
  /** The answer as text (a blank line starts a paragraph); for a `<details>`, its text (read when used). */
  answer: string;
  details?: HTMLDetailsElement;
}

/** Lower case without accents, for matching: `Thérapie` → `therapie`. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Gives every item a unique id: its own first, else a slug of its question; repeats get `-2`, `-3`… */
export function withIds(items: FaqItem[]): FaqItem[] {
  const seen = new Set(items.map((item) => item.id));
  for (const item of items) {
    if (item.id) continue;
    const slug =
      fold(item.question)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'question';
    let id = slug;
    for (let n = 2; seen.has(id); n++) id = `${slug}-${n}`;
    seen.add((item.id = id));
  }
  return items;
}

/** Items from JSON (`[{ "question", "answer" }]`, or one such object); anything else is skipped with a warning. */
export const textItems = (value: unknown): FaqItem[] =>
  [value].flat().flatMap((entry: unknown) => {
    if (isRecord(entry) && typeof entry.question === 'string' && entry.question.trim() && typeof entry.answer === 'string') {
      return [{ id: '', question: squash(entry.question), answer: entry.answer }];
    }
    warn(TAG, JSON_SCRIPT, `${JSON.stringify(entry).slice(0, 60)} is not {"question", "answer"}; skipped.`);
    return [];
  });

/** Text-level elements a question keeps from its `<summary>`: language, abbreviations, emphasis, code. */
const INLINE = new Set(['abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);
/** The only attributes they keep (never an event handler, style or id). */
const SAFE_ATTRIBUTES = ['lang', 'title', 'dir'];
/** Elements whose content is not text a visitor reads. */
const NOT_TEXT = new Set(['script', 'style', 'template', 'noscript']);

/**
 * A `<summary>`'s content rebuilt for the question button: text, and the allowed text-level
 * elements made anew with only their safe attributes. Any other element (a link, an image, a
 * button) gives just its text; a `<br>` a space.
 */
function inline(node: Node): Node[] {
  if (node.nodeType === Node.TEXT_NODE) return [document.createTextNode(node.textContent ?? '')];
  if (node.nodeType !== Node.ELEMENT_NODE) return [];
  const element = node as Element;
  if (element.localName === 'br') return [document.createTextNode(' ')];
  if (NOT_TEXT.has(element.localName)) return [];
  const children = [...element.childNodes].flatMap(inline);
  if (!INLINE.has(element.localName) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') return children;
  const copy = document.createElement(element.localName);
  for (const name of SAFE_ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) copy.setAttribute(name, value);
  }
  copy.append(...children);
  return [copy];
}

/** What WordPress's wpautop adds between blocks: a `<br>`, or a `<p>` with no text. */
const isFiller = (child: Element): boolean =>
  child.localName === 'br' || (child.localName === 'p' && !child.textContent?.trim() && !child.querySelector(':not(br)'));

/**
 * Reads the host's children in order: each `<details>` with a `<summary>` is an item, each JSON
 * script adds its items. What wpautop inserts (`<br>`, an empty `<p>`) is returned as `fillers`
 * to hide; anything else is left alone (shown above the questions) with a warning.
 */
export function readChildren(host: Element, ignore?: Element): { items: FaqItem[]; fillers: Element[] } {
  const items: FaqItem[] = [];
  const fillers: Element[] = [];
  for (const child of host.children) {
    if (child instanceof HTMLDetailsElement) {
      const summary = child.querySelector(':scope>summary');
      const nodes = summary ? [...summary.childNodes].flatMap(inline) : [];
      const question = squash(nodes.map((node) => node.textContent).join(''));
      if (!question) warn(TAG, '<details>', 'without <summary>; skipped.');
      else {
        items.push({
          id: child.id,
          question,
          label: nodes.some((node) => node.nodeType === Node.ELEMENT_NODE) ? nodes : undefined,
          // Read when used (search, schema), not on every render: always current, and free up front.
          get answer() {
            return [...child.childNodes].map((node) => (node === summary ? '' : node.textContent)).join(' ');
          },
          details: child,
        });
      }
    } else if (child.matches('script[type="application/json"]')) {
      const parsed = parseJson(child.textContent, TAG, JSON_SCRIPT);
      if (parsed !== undefined) items.push(...textItems(parsed));
    } else if (isFiller(child)) {
      fillers.push(child);
    } else if (child !== ignore) {
      warn(
        TAG,
        'children',
        `<${child.localName}> is not a question, so it is shown above the questions. Write each question as <details><summary>Question</summary>Answer</details>, and put other content outside <faq-accordion>.`,
      );
    }
  }
  return { items: withIds(items), fillers };
}

/** FAQPage JSON-LD (schema.org) for the items, safe inside a `<script>`. */
export const faqSchema = (items: FaqItem[]): string =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: items.map((item) => ({
      '@type': 'Question',
      name: item.question,
      acceptedAnswer: { '@type': 'Answer', text: squash(item.answer) },
    })),
  }).replace(/</g, '\\u003c');
