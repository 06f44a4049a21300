// The bad-input matrix: every attribute of every element (read from custom-elements.json, so a
// new attribute without a row here fails) gets empty, unknown, very long (100 KB), markup-laden
// and unsafe values, plus values aimed at its kind (URLs, JSON, numbers, names of things),
// set before the first render and changed after it. Each value gives at most one console
// warning or error, throws nothing, creates no <img> and no javascript: link, leaves the
// element showing something sane, and leaves the host page as it was.
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/index.js';
import { resetWarnings } from '../../src/shared/warn.js';
import { BOOK, hasPart, part, text } from '../support/helpers.js';
import { clickThrough } from '../support/quiz-paths.js';
import type { LitElement } from 'lit';

type Tag = 'booking-cta' | 'faq-accordion' | 'therapy-coaching-quiz';
interface Row {
  element: Tag;
  attribute: string;
  values: string[];
  /** For the quiz: the answers to click through after the start screen, to reach the screen that uses the attribute. */
  path?: number[];
}

const PHONE = '(780) 555-0100';
const MARKUP = '<img src=x onerror=alert(1)>';
const UNSAFE = 'javascript:alert(1)';
const LONG = 'A very long value, pasted by mistake. '.repeat(2800).slice(0, 100 * 1024);

/** Every attribute gets these. */
const ALL = ['', 'unknown-value', LONG, MARKUP, UNSAFE];
const URLS = [' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', '&#106;avascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];
const json = (key: string) => ['{', '[]', 'null', '"text"', '{"no-such-key":"x"}', `{"${key}":1}`, `{"${key}":"${MARKUP}"}`];
const NUMBERS = ['0', '1', '7', '-3', '2.5', 'NaN', 'Infinity', '1e309', '0x3'];
const NAMES = ['BANNER', ' dialog ', 'banner<img src=x onerror=alert(1)>', 'constructor', '__proto__'];
const PHONES = ['call us', 'tel:988', '+1 (780) 555-0100 ext. 2', '٩٨٨', `${PHONE}${MARKUP}`];
const EMAILS = ['not-an-email', 'a@b', `${UNSAFE}//@x.example`, `"><img src=x onerror=alert(1)>@x.example`];
const FLAGS = ['false', '0', 'off'];

/** The matrix: one row per element and attribute. */
const TABLE: Row[] = [
  { element: 'booking-cta', attribute: 'href', values: [...ALL, ...URLS] },
  { element: 'booking-cta', attribute: 'label', values: ALL },
  { element: 'booking-cta', attribute: 'phone', values: [...ALL, ...PHONES] },
  { element: 'booking-cta', attribute: 'email', values: [...ALL, ...EMAILS] },
  { element: 'booking-cta', attribute: 'online', values: [...ALL, ...FLAGS] },
  { element: 'booking-cta', attribute: 'variant', values: [...ALL, ...NAMES] },
  { element: 'booking-cta', attribute: 'position', values: [...ALL, ...NAMES] },
  { element: 'booking-cta', attribute: 'target', values: [...ALL, ...NAMES, '_top', '_parent'] },
  { element: 'booking-cta', attribute: 'mode', values: [...ALL, ...NAMES] },
  { element: 'booking-cta', attribute: 'utm', values: [...ALL, ...FLAGS] },
  { element: 'booking-cta', attribute: 'for', values: [...ALL, 'no-such-quiz', '#quiz', '*'] },
  { element: 'booking-cta', attribute: 'service-param', values: [...ALL, '&', '=', '?a=b#c'] },
  { element: 'booking-cta', attribute: 'service', values: ALL },
  { element: 'booking-cta', attribute: 'data-layer', values: [...ALL, ...FLAGS] },
  { element: 'booking-cta', attribute: 'remember-dismiss', values: [...ALL, ...FLAGS] },
  { element: 'booking-cta', attribute: 'strings', values: [...ALL, ...json('label')] },
  { element: 'faq-accordion', attribute: 'heading-level', values: [...ALL, ...NUMBERS] },
  { element: 'faq-accordion', attribute: 'single', values: [...ALL, ...FLAGS] },
  { element: 'faq-accordion', attribute: 'no-expand-all', values: [...ALL, ...FLAGS] },
  { element: 'faq-accordion', attribute: 'search', values: [...ALL, ...FLAGS] },
  { element: 'faq-accordion', attribute: 'schema', values: [...ALL, ...FLAGS] },
  { element: 'faq-accordion', attribute: 'strings', values: [...ALL, ...json('search')] },
  { element: 'therapy-coaching-quiz', attribute: 'booking-url', values: [...ALL, ...URLS], path: [1, 0, 2, 1, 1, 1, 2] },
  { element: 'therapy-coaching-quiz', attribute: 'therapy-url', values: [...ALL, ...URLS], path: [2, 0, 0, 0, 0, 0, 0] },
  { element: 'therapy-coaching-quiz', attribute: 'coaching-url', values: [...ALL, ...URLS], path: [0, 0, 1, 2, 2, 1, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'phone', values: [...ALL, ...PHONES], path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'hours', values: ALL, path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'src', values: [...ALL, ...URLS, '/no-such-quiz.json', '/package.json'] },
  { element: 'therapy-coaching-quiz', attribute: 'remember', values: [...ALL, ...FLAGS], path: [0] },
  { element: 'therapy-coaching-quiz', attribute: 'heading', values: ALL },
  { element: 'therapy-coaching-quiz', attribute: 'strings', values: [...ALL, ...json('title')], path: [1, 0, 3, 1, 1, 2, 3] },
  { element: 'therapy-coaching-quiz', attribute: 'crisis-phone', values: [...ALL, ...PHONES], path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'crisis-sms', values: [...ALL, ...PHONES], path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'crisis-name', values: ALL, path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'crisis-resources', values: [...ALL, ...json('name'), '[{"name":"x"}]', `[{"name":"${MARKUP}","call":"${UNSAFE}"}]`], path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'emergency-phone', values: [...ALL, ...PHONES], path: [0, 1] },
  { element: 'therapy-coaching-quiz', attribute: 'youth', values: [...ALL, ...FLAGS], path: [0, 1] },
];

/** A valid setup for each element, so that any warning comes from the attribute under test. */
const BASE: Record<Tag, Record<string, string>> = {
  'booking-cta': { href: BOOK, phone: PHONE },
  'faq-accordion': {},
  'therapy-coaching-quiz': { 'booking-url': BOOK, phone: PHONE },
};

const show = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}… (${value.length} chars)` : value);

/** Every element of a tree, shadow trees included. */
function deep(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((node) => [node, ...(node.shadowRoot ? deep(node.shadowRoot) : [])]);
}

/** The scheme a browser would follow, ignoring what its URL parser ignores. */
const scheme = (url: string) =>
  // eslint-disable-next-line no-control-regex
  /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1].toLowerCase() ?? '';
const UNSAFE_SCHEMES = ['javascript', 'data', 'vbscript'];

/** What is wrong with the element's render: [] when it shows something sane. */
function insane(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return ['no shadow root'];
  const problems: string[] = [];
  const all = [...deep(root), ...deep(el)];
  if (all.some((node) => node.localName === 'img')) problems.push('an <img> was created');
  for (const node of all) {
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const url = node.getAttribute(name);
      if (url !== null && UNSAFE_SCHEMES.includes(scheme(url))) problems.push(`<${node.localName} ${name}="${url.slice(0, 40)}">`);
    }
  }
  if (el.localName === 'booking-cta') {
    const links = [...root.querySelectorAll('a[href]')];
    if (!links.some((a) => text(a))) problems.push('no link with text (the phone fallback at least)');
  } else if (el.localName === 'faq-accordion') {
    const questions = [...root.querySelectorAll('button[aria-expanded]')];
    if (!questions.length || questions.some((b) => !text(b))) problems.push('no questions, or an empty one');
  } else {
    const heading = root.querySelector('h2');
    if (!text(heading)) problems.push('no heading');
    if (![...root.querySelectorAll('button, a[href]')].some((control) => text(control))) problems.push('nothing to press');
  }
  return problems;
}

/** Waits for the element (and a quiz's config, and any inner booking-cta) to finish rendering. */
async function settle(el: HTMLElement & { updateComplete?: Promise<boolean> }) {
  await el.updateComplete;
  if (el.localName === 'therapy-coaching-quiz') {
    await waitUntil(() => !hasPart(el, 'start') || !part(el, 'start').hasAttribute('disabled'), 'the quiz config settles', { timeout: 9000 });
    await el.updateComplete;
  }
  for (const inner of deep(el.shadowRoot!)) await (inner as HTMLElement & { updateComplete?: Promise<boolean> }).updateComplete;
}

/** Clicks through the quiz to the screen the attribute is used on. */
async function walk(el: HTMLElement & { updateComplete?: Promise<boolean> }, path: number[]) {
  await clickThrough(el as LitElement, path);
  await settle(el);
}

describe('bad-input matrix', () => {
  let manifest: Record<string, string[]>;
  let host: HTMLElement;
  let errors: string[];
  let alert: sinon.SinonStub;
  const onError = (event: ErrorEvent) => errors.push(String(event.error?.stack ?? event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason?.stack ?? event.reason));

  before(async () => {
    const json = (await (await fetch('/custom-elements.json')).json()) as {
      modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
    };
    manifest = {};
    for (const declaration of json.modules.flatMap((m) => m.declarations ?? [])) {
      if (declaration.tagName) manifest[declaration.tagName] = (declaration.attributes ?? []).map((a) => a.name);
    }
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
    alert = sinon.stub(window, 'alert');
  });
  after(() => {
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    alert.restore();
  });
  beforeEach(() => {
    errors = [];
    host = document.createElement('div');
    host.id = 'matrix-host';
    host.style.width = '600px';
    document.body.append(host);
  });
  afterEach(() => {
    host.remove();
    sessionStorage.clear();
  });

  it('has a row for every attribute in custom-elements.json, and none for attributes that are gone', () => {
    expect(Object.keys(manifest).sort()).to.deep.equal(['booking-cta', 'faq-accordion', 'therapy-coaching-quiz']);
    const want = Object.entries(manifest).flatMap(([tag, attributes]) => attributes.map((a) => `${tag} ${a}`));
    const have = TABLE.map((row) => `${row.element} ${row.attribute}`);
    expect(want.filter((key) => !have.includes(key)), 'attributes without a row').to.deep.equal([]);
    expect(have.filter((key) => !want.includes(key)), 'rows for unknown attributes').to.deep.equal([]);
    for (const row of TABLE) expect(row.values, `${row.element} ${row.attribute}`).to.include.members(ALL);
  });

  for (const row of TABLE) {
    it(`<${row.element} ${row.attribute}>: ${row.values.length} bad values, each at most one warning and a sane render`, async () => {
      const problems: string[] = [];
      const page = {
        title: document.title,
        url: location.href,
        head: document.head.childElementCount,
        body: [...document.body.children],
        html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '),
      };
      for (const value of row.values) {
        for (const when of ['before the first render', 'after the first render']) {
          resetWarnings();
          const warn = sinon.stub(console, 'warn');
          const error = sinon.stub(console, 'error');
          const label = `${show(value)} set ${when}`;
          try {
            const el = document.createElement(row.element);
            for (const [name, v] of Object.entries(BASE[row.element])) if (name !== row.attribute) el.setAttribute(name, v);
            if (when === 'before the first render') el.setAttribute(row.attribute, value);
            host.append(el);
            await settle(el);
            if (when === 'after the first render') {
              el.setAttribute(row.attribute, value);
              await settle(el);
            }
            if (row.path) await walk(el, row.path);
            const messages = [...warn.getCalls(), ...error.getCalls()].map((c) => c.args.map(String).join(' ').slice(0, 200));
            if (messages.length > 1) problems.push(`${label}: ${messages.length} messages: ${messages.join(' | ')}`);
            problems.push(...insane(el).map((p) => `${label}: ${p}`));
            if (el.getBoundingClientRect().width > host.getBoundingClientRect().width + 1) problems.push(`${label}: wider than its container`);
          } catch (e) {
            problems.push(`${label}: threw ${(e as Error).stack ?? e}`);
          } finally {
            warn.restore();
            error.restore();
            host.replaceChildren();
            sessionStorage.clear();
          }
          problems.push(...errors.splice(0).map((e) => `${label}: uncaught ${e}`));
          if (alert.called) problems.push(`${label}: alert() ran`);
          alert.resetHistory();
        }
      }
      expect(problems).to.deep.equal([]);
      expect(document.title, 'title').to.equal(page.title);
      expect(location.href, 'no navigation').to.equal(page.url);
      expect(document.head.childElementCount, 'nothing added to <head>').to.equal(page.head);
      const body = [...document.body.children];
      expect(body.length === page.body.length && body.every((node, i) => node === page.body[i]), 'nothing added to <body>').to.equal(true);
      expect([...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).join(' '), '<html> attributes').to.equal(page.html);
    });
  }
});
