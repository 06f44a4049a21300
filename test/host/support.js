// Host pages for the BUILT module (`npx vite build` first): each test page is an iframe,
// so it has its own document, styles, direction and width, and loads /dist/clinic-widgets.js
// with a plain <script type="module"> as a webmaster's page does. /test/host/pages/probe.js
// runs first in every page and records errors, CSP violations and console messages.
import { waitUntil } from '@open-wc/testing';

export const TAGS = ['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'];
export const BOOK = 'https://clinic.example/book';
export const MODULE = '<script type="module" src="/dist/clinic-widgets.js"></script>';
export const PROBE = '<script src="/test/host/pages/probe.js"></script>';

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
export const elementsOf = (doc) => [...doc.querySelectorAll(TAGS.join(','))];

/** Waits until every element of the page is defined and rendered. */
export async function rendered(win) {
  const doc = win.document;
  await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'the module defines the elements', { timeout: 8000 });
  const all = elementsOf(doc);
  await Promise.all(all.map((el) => el.updateComplete));
  await waitUntil(() => all.every((el) => el.shadowRoot?.childElementCount), 'every element renders', { timeout: 4000 });
  return all;
}

/**
 * Opens a host page in an iframe `width` px wide: a URL (`src`), or a page built from `head`,
 * `attrs` (on <html>) and `body`. Resolves once every element has rendered.
 */
export async function openPage({ src, head = '', attrs = 'lang="en"', body = BODY, width = 800, height = 600, module = true } = {}) {
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
  const win = frame.contentWindow;
  if (module) await rendered(win);
  return { frame, win, doc: win.document, probe: win.probe, $: (selector) => win.document.querySelector(selector) };
}

/** Elements of a shadow root (and of the shadow roots inside it). */
export function shadowElements(root) {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? shadowElements(node.shadowRoot) : [])]);
}

export const text = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const part = (el, name) => el.shadowRoot.querySelector(`[part~="${name}"]`);
export const nextFrame = (win) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Clicks through the quiz: Start (or Start again), then each answer and Next (`path`: the answer index per question). */
export async function clickThrough(quiz, path) {
  await quiz.updateComplete;
  (part(quiz, 'start') ?? part(quiz, 'restart')).click();
  await quiz.updateComplete;
  for (const pick of path) {
    quiz.shadowRoot.querySelectorAll('[part~=answer] input')[pick].click();
    await quiz.updateComplete;
    part(quiz, 'next').click();
    await quiz.updateComplete;
  }
}

/** Answer paths through the default quiz and the outcome each leads to. */
export const PATHS = {
  therapy: [2, 0, 0, 0, 0, 0, 0],
  coaching: [0, 0, 1, 2, 2, 1, 1],
  both: [1, 0, 2, 1, 1, 1, 2],
  consultation: [1, 0, 3, 1, 1, 2, 3],
  crisis: [0, 1],
};

/**
 * What sticks out sideways of an element (its own box, or its shadow parts beyond the host's
 * left or right edge), as readable lines; [] when everything fits.
 */
export function overflowing(el) {
  const box = el.getBoundingClientRect();
  const out = [];
  if (el.scrollWidth > el.clientWidth + 1) out.push(`#${el.id}: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
  for (const node of shadowElements(el.shadowRoot)) {
    const r = node.getBoundingClientRect();
    if (!r.width || node.closest('dialog:not([open])') || node.matches('.visually-hidden')) continue;
    if (r.right > box.right + 0.5 || r.left < box.left - 0.5) {
      const name = `${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`;
      out.push(`#${el.id} ${name} "${text(node).slice(0, 30)}": ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return out;
}
