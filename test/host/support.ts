// Host pages for the BUILT module (`npx vite build` first): each test page is an iframe,
// so it has its own document, styles, direction and width, and loads /dist/clinic-widgets.js
// with a plain <script type="module"> as a webmaster's page does. /test/host/pages/probe.js
// runs first in every page and records errors, CSP violations and console messages.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { BOOK, shadowElements, text } from '../support/helpers.js';
import { kitTags } from '../support/manifest.js';
import { until } from '../support/wait.js';

export const TAGS = await kitTags();
export const MODULE = '<script type="module" src="/dist/clinic-widgets.js"></script>';
export const PROBE = '<script src="/test/host/pages/probe.js"></script>';

/** What probe.js records in a host page. */
export interface Probe {
  errors: string[];
  violations: string[];
  console: string[];
  /** Each console.info line (the kit's version line). */
  info: string[];
}
/** A host page's window: the page's own globals, and the probe. */
export type HostWindow = Window & typeof globalThis & { probe: Probe };
export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostWindow;
  doc: Document;
  probe: Probe;
  /** The page's element for `selector` (one of the kit's elements, as a Lit element). */
  $: <T extends Element = LitElement>(selector: string) => T;
}

/** One of each element and variant, as a clinic's page would have them. */
export const BODY = `
<main class="container">
  <h1>Maple Grove Counselling</h1>
  <p>We offer therapy and coaching, in person and online.</p>
  <booking-cta id="cta" href="${BOOK}" phone="(780) 555-0100" email="hello@clinic.example" online></booking-cta>
  <booking-cta id="banner" variant="banner" href="${BOOK}" phone="(780) 555-0100" email="hello@clinic.example" online></booking-cta>
  <therapy-coaching-quiz id="quiz" booking-url="${BOOK}" phone="(780) 555-0100"></therapy-coaching-quiz>
  <faq-accordion id="faq" search>
    <details id="free"><summary>Do you offer a free consultation?</summary><p>Yes: a free 15-minute call.</p></details>
    <details id="online" open><summary>Are online sessions available?</summary><p>Yes, by secure video.</p></details>
  </faq-accordion>
  <faq-accordion id="builtin"></faq-accordion>
  <booking-cta id="dialog" mode="dialog" href="/test/host/pages/book.html"></booking-cta>
  <booking-cta id="floating" variant="floating" href="${BOOK}"></booking-cta>
</main>`;

/** Every element in a document. */
export const elementsOf = (doc: Document): LitElement[] => [...doc.querySelectorAll<LitElement>(TAGS.join(','))];

/** Waits until every element of the page is defined and rendered. */
export async function rendered(win: Window): Promise<LitElement[]> {
  const doc = win.document;
  await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'the module defines the elements');
  const all = elementsOf(doc);
  await Promise.all(all.map((el) => el.updateComplete));
  await until(() => all.every((el) => el.shadowRoot?.childElementCount), 'every element renders');
  return all;
}

interface PageOptions {
  src?: string;
  head?: string;
  attrs?: string;
  body?: string;
  width?: number;
  height?: number;
  module?: boolean;
}

/**
 * Opens a host page in an iframe `width` px wide: a URL (`src`), or a page built from `head`,
 * `attrs` (on <html>) and `body`. Resolves once every element has rendered.
 */
export async function openPage({ src, head = '', attrs = 'lang="en"', body = BODY, width = 800, height = 600, module = true }: PageOptions = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.title = 'Host page';
  Object.assign(frame.style, { width: `${width}px`, height: `${height}px`, border: '0', display: 'block' });
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  if (src) frame.src = src;
  else {
    frame.srcdoc = `<!doctype html><html ${attrs}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
      <title>Host page</title>${PROBE}${head}${module ? MODULE : ''}</head><body>${body}</body></html>`;
  }
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  if (module) await rendered(win);
  return { frame, win, doc: win.document, probe: win.probe, $: <T extends Element = LitElement>(selector: string) => win.document.querySelector(selector) as T };
}

/**
 * For every test of the enclosing `describe`: a fresh host page (openPage with `options`) before
 * it, and after it a check that the page had no errors, then the frame removed. Returns the
 * current test's page.
 */
export function eachHostPage(options?: PageOptions): () => HostPage {
  let page: HostPage | undefined;
  beforeEach(async () => {
    page = await openPage(options);
  });
  afterEach(() => {
    if (!page) return;
    try {
      expect(page.probe.errors, 'errors').to.deep.equal([]);
    } finally {
      page.frame.remove();
      page = undefined;
    }
  });
  return () => {
    if (!page) throw new Error('eachHostPage: no page outside a test');
    return page;
  };
}

/**
 * What sticks out sideways of an element (its own box, or its shadow parts beyond the host's
 * left or right edge), as readable lines; [] when everything fits.
 */
export function overflowing(el: Element): string[] {
  const box = el.getBoundingClientRect();
  const out: string[] = [];
  if (el.scrollWidth > el.clientWidth + 1) out.push(`#${el.id}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  for (const node of shadowElements(el.shadowRoot!)) {
    const r = node.getBoundingClientRect();
    if (!r.width || node.closest('dialog:not([open])') || node.matches('.visually-hidden')) continue;
    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
      const name = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;
      out.push(`#${el.id} ${name} "${text(node).slice(0, 30)}": ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return out;
}
