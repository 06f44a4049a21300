// The BUILT module, loaded as a webmaster loads it: a plain <script type="module"> tag.
// `npm test` builds dist/ before it runs this file.
import { expect, fixture, html } from '@open-wc/testing';
import { kitTags } from '../support/manifest.js';
import { until } from '../support/wait.js';

const TAGS = await kitTags();

function addScript(src: string) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });
}

describe('dist/clinic-widgets.js in a plain page', () => {
  let warnings: string[];
  const originalWarn = console.warn;

  before(async () => {
    warnings = [];
    console.warn = (...args) => warnings.push(args.join(' '));
    await addScript('/dist/clinic-widgets.js');
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  });
  after(() => {
    console.warn = originalWarn;
  });

  it('registers every element', () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('is the production build (no Lit dev-mode code)', async () => {
    const source = await (await fetch('/dist/clinic-widgets.js')).text();
    expect(source).not.to.contain('Lit is in dev mode');
    expect(source).not.to.match(/^\s{4}/m, 'minified: no indented lines');
  });

  it('renders the default FAQ from the article', async () => {
    const el = await fixture(html`<faq-accordion></faq-accordion>`);
    await until(() => (el.shadowRoot?.querySelectorAll('button[aria-expanded]').length ?? 0) >= 5, 'the FAQ renders');
    const questions = [...el.shadowRoot!.querySelectorAll('button[aria-expanded]')].map((b) => b.textContent.trim());
    expect(questions).to.include('What’s the biggest difference between therapy and coaching?');
    await expect(el).to.be.accessible();
  });

  it('renders the quiz start screen with a way to begin', async () => {
    const el = await fixture(html`<therapy-coaching-quiz booking-url="https://example.org/book"></therapy-coaching-quiz>`);
    await until(() => el.shadowRoot?.querySelector('button'), 'the start screen renders');
    expect(el.shadowRoot!.textContent).to.match(/9-8-8/);
    expect(el.shadowRoot!.querySelector('button')!.textContent.trim()).to.not.equal('');
    await expect(el).to.be.accessible();
  });

  it('renders the booking link', async () => {
    const el = await fixture(html`<booking-cta href="https://example.org/book"></booking-cta>`);
    await until(() => el.shadowRoot?.querySelector('a[href]'), 'the link renders');
    const link = el.shadowRoot!.querySelector('a[href]')!;
    expect(link.getAttribute('href')).to.equal('https://example.org/book');
    expect(link.textContent).to.contain('Book a consultation');
    await expect(el).to.be.accessible();
  });

  it('loaded a second time (another copy), throws nothing and warns once', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
    window.addEventListener('error', onError);
    const before = warnings.length;
    await addScript('/dist/clinic-widgets.js?copy=2');
    await addScript('/dist/clinic-widgets.js?copy=3');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    const added = warnings.slice(before).filter((w) => w.includes('clinic-widgets'));
    expect(added).to.have.length(1, 'one warning, however many copies');
    expect(added[0]).to.match(/already loaded/);
    const el = await fixture(html`<booking-cta href="https://example.org/again"></booking-cta>`);
    await until(() => el.shadowRoot?.querySelector('a[href]'), 'the link renders');
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/again');
  });
  it('has a source map that shows the TypeScript sources by itself (src/ is not published) and ignores Lit\'s', async () => {
    const map = (await (await fetch('/dist/clinic-widgets.js.map')).json()) as { sources: string[]; sourcesContent?: string[]; ignoreList?: number[] };
    const ours = map.sources.filter((source) => source.startsWith('../src/'));
    expect(ours).to.include('../src/faq-accordion/faq-accordion.ts');
    expect(map.sourcesContent?.length).to.equal(map.sources.length);
    expect(map.sourcesContent![map.sources.indexOf('../src/shared/url.ts')]).to.contain('export function telUrl');
    const lit = map.sources.flatMap((source, i) => (source.includes('/node_modules/') ? [i] : []));
    expect(lit.length).to.be.above(0);
    expect(map.ignoreList).to.deep.equal(lit);
  });
});
