import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/index.js';

/**
 * The demo clinic page (demo/index.html) as a webmaster would write it: checked as markup,
 * so a renamed attribute or an inline script/style (which a strict CSP would block) fails here.
 */
for (const [page, lang, other] of [
  ['index.html', 'en-CA', 'fr.html'],
  ['fr.html', 'fr-CA', 'index.html'],
] as const) describe(`demo/${page}`, () => {
  let doc: Document;

  before(async () => {
    const response = await fetch(`/demo/${page}`);
    expect(response.ok).to.be.true;
    doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    // The test server injects its own reload script into HTML; the real page has none.
    doc.querySelectorAll('script[src^="/__web-dev-server"]').forEach((s) => s.remove());
  });

  it('loads the kit with one module script tag and nothing inline', () => {
    const scripts = [...doc.querySelectorAll('script')];
    const module = scripts.filter((s) => s.type === 'module');
    expect(module.map((s) => s.getAttribute('src'))).to.deep.equal(['../dist/clinic-widgets.js']);
    // Only data scripts (JSON) may be inline; no inline styles or handlers (strict CSP).
    for (const s of scripts.filter((s) => !s.src)) expect(s.type).to.match(/json$/);
    expect(doc.querySelectorAll('style, [style]')).to.have.length(0);
    const handlers = [...doc.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on') && a.name in HTMLElement.prototype));
    expect(handlers).to.have.length(0);
    expect(doc.querySelector('link[rel=stylesheet]')?.getAttribute('href')).to.equal('demo.css');
  });

  it('is a well-formed page: language, viewport, description, landmarks, one h1', () => {
    expect(doc.documentElement.lang).to.equal(lang);
    expect(doc.querySelector(`header a[href="${other}"][hreflang]`), 'links to the other language').to.exist;
    expect(doc.querySelector('meta[name=viewport]')?.getAttribute('content')).to.contain('width=device-width');
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).to.have.length.above(50);
    for (const landmark of ['header', 'nav', 'main', 'footer']) expect(doc.querySelector(landmark), landmark).to.exist;
    expect(doc.querySelectorAll('h1')).to.have.length(1);
    const skip = doc.querySelector('body > a:first-of-type');
    expect(skip?.textContent).to.match(/skip|passer/i);
    expect(doc.querySelector(skip!.getAttribute('href')!)?.tagName).to.equal('MAIN');
  });

  it('has the FAQs as plain <details> that read without JavaScript', () => {
    const faq = doc.querySelector('faq-accordion')!;
    const items = [...faq.querySelectorAll(':scope > details')];
    expect(items).to.have.length(5);
    for (const item of items) {
      expect(item.querySelector(':scope > summary')?.textContent?.trim()).to.match(/\?$/);
      expect(item.querySelector(':scope > p')?.textContent?.trim()).to.have.length.above(40);
    }
    // The FAQ's question headings sit one level under the section's own heading.
    const sectionHeading = faq.closest('section')!.querySelector('h2');
    expect(sectionHeading).to.exist;
    expect(faq.getAttribute('heading-level')).to.equal('3');
  });

  it('wires the banner to the quiz, and every link on the page is safe', () => {
    const quiz = doc.querySelector('therapy-coaching-quiz')!;
    expect(quiz.id).to.equal('fit-quiz');
    expect(doc.querySelector(`booking-cta[for="${quiz.id}"]`)).to.exist;
    const urls = [...doc.querySelectorAll('[href], [booking-url], [therapy-url], [coaching-url]')].flatMap((el) =>
      ['href', 'booking-url', 'therapy-url', 'coaching-url'].map((a) => el.getAttribute(a)).filter((v) => v !== null),
    );
    for (const url of urls) expect(url).to.match(/^(https:|tel:|mailto:|#|\.|[a-z]+[\w./-]*$)/);
  });

  it('uses only attributes the elements know', () => {
    const global = new Set(['id', 'class', 'lang', 'hidden', 'dir', 'title']);
    for (const tag of ['faq-accordion', 'therapy-coaching-quiz', 'booking-cta'] as const) {
      const ctor = customElements.get(tag) as unknown as typeof LitElement;
      const known = new Set(
        [...ctor.elementProperties].filter(([, options]) => options.attribute !== false).map(([name, options]) =>
          typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(),
        ),
      );
      const used = doc.querySelectorAll(tag);
      expect(used.length, tag).to.be.above(0);
      for (const el of used) {
        for (const { name } of el.attributes) if (!global.has(name)) expect(known.has(name), `${tag} ${name}`).to.be.true;
      }
    }
  });
});
