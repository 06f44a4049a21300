import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { FaqAccordion, FaqStrings } from '../src/index.js';
import { resetWarnings } from '../src/shared/warn.js';

const buttons = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const questions = (el: FaqAccordion) => buttons(el).map((b) => b.textContent!.trim());
const panel = (el: FaqAccordion, i: number) => el.shadowRoot!.getElementById(buttons(el)[i].getAttribute('aria-controls')!)!;
const expanded = (el: FaqAccordion) => buttons(el).map((b) => b.getAttribute('aria-expanded') === 'true');
const inView = (node: Element) => {
  const { top, bottom } = node.getBoundingClientRect();
  return top >= 0 && bottom <= innerHeight;
};
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

describe('faq-accordion: the clinic’s own <details>', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    resetWarnings();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());

  it('is readable before the module loads (plain <details>, no JavaScript)', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe
      title="no-JS page"
      srcdoc='<faq-accordion><details><summary>Do you offer evening sessions?</summary><p>Yes, until 8 pm.</p></details></faq-accordion>'
    ></iframe>`);
    await waitUntil(() => frame.contentDocument?.querySelector('summary'), 'frame loaded');
    const doc = frame.contentDocument!;
    expect(doc.defaultView!.customElements.get('faq-accordion')).to.equal(undefined);
    const summary = doc.querySelector('summary')!;
    expect(summary.checkVisibility()).to.equal(true);
    expect(summary.textContent).to.equal('Do you offer evening sessions?');
    summary.click();
    expect(doc.querySelector('p')!.checkVisibility()).to.equal(true);
    expect(doc.querySelector('p')!.textContent).to.equal('Yes, until 8 pm.');
  });

  it('enhances WordPress Details blocks, keeping the answers as the clinic’s live nodes', async () => {
    const el = document.createElement('faq-accordion');
    el.innerHTML = `
      <details class="wp-block-details" id="fees"><summary>What are your fees?</summary><p>See <a href="#rates">our rates</a>.</p><ul><li>Sliding scale</li></ul></details>
      <details class="wp-block-details" open><summary>Where are you?</summary><p>St. Albert.</p></details>`;
    const link = el.querySelector('a')!;
    const clicked = sinon.spy();
    link.addEventListener('click', clicked);
    const wrap = await fixture(html`<div></div>`);
    wrap.append(el);
    await el.updateComplete;

    expect(questions(el)).to.deep.equal(['What are your fees?', 'Where are you?']);
    expect(expanded(el)).to.deep.equal([false, true]);
    expect(el.querySelector('a')).to.equal(link); // the same node, not a copy
    expect(link.checkVisibility()).to.equal(false);
    for (const summary of el.querySelectorAll('summary')) expect(summary.checkVisibility()).to.equal(false);
    expect(el.querySelector('#fees')).to.be.instanceOf(HTMLDetailsElement); // the clinic's id stays in the page
    expect(el.querySelectorAll('details')[1].id).to.equal('where-are-you');
    expect(panel(el, 1).textContent!.trim()).to.equal(''); // the answer is slotted, not copied
    expect(el.querySelectorAll('details')[1].checkVisibility()).to.equal(true);
    await expect(el).to.be.accessible();

    buttons(el)[0].click();
    await el.updateComplete;
    expect(link.checkVisibility()).to.equal(true);
    expect(el.querySelector('li')!.checkVisibility()).to.equal(true);
    link.click();
    expect(clicked.callCount).to.equal(1);
    clearHash();
    expect(warn.callCount).to.equal(0);
  });

  it('hides the summaries despite page styles, also inside another shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>summary { display: flex; color: red }</style>
      <faq-accordion><details><summary>Inside?</summary><p>Yes</p></details></faq-accordion>`;
    const el = root.querySelector('faq-accordion')!;
    await el.updateComplete;
    expect(questions(el)).to.deep.equal(['Inside?']);
    expect(root.querySelector('summary')!.checkVisibility()).to.equal(false);
  });

  it('picks up items added or removed after upgrade, and gives a removed <details> back', async () => {
    const el = await fixture<FaqAccordion>(
      html`<faq-accordion><details><summary>One?</summary><p>1</p></details><details><summary>Two?</summary><p>2</p></details></faq-accordion>`,
    );
    const added = document.createElement('details');
    added.innerHTML = '<summary>Three?</summary><p>3</p>';
    el.append(added);
    await waitUntil(() => buttons(el).length === 3, 'added item shown');
    expect(questions(el)).to.deep.equal(['One?', 'Two?', 'Three?']);
    const first = el.querySelector('details')!;
    first.remove();
    await waitUntil(() => buttons(el).length === 2, 'removed item gone');
    expect(questions(el)).to.deep.equal(['Two?', 'Three?']);
    document.body.append(first);
    expect(first.querySelector('summary')!.checkVisibility()).to.equal(true);
    first.remove();
  });
});

describe('faq-accordion: JSON and bad input', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => {
    resetWarnings();
    warn = sinon.stub(console, 'warn');
  });
  afterEach(() => warn.restore());
  const warnings = () => warn.getCalls().map((c) => String(c.args[0]));

  it('reads a JSON list; blank lines make paragraphs; markup comes out as text', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <script type="application/json">
        [
          { "question": "Is it <b>private</b>?", "answer": "Yes.\\n\\nAlways. <img src=x onerror=\\"window.hacked=1\\">" },
          { "question": "Second?", "answer": "Two" }
        ]
      </script>
    </faq-accordion>`);
    expect(questions(el)).to.deep.equal(['Is it <b>private</b>?', 'Second?']);
    const paras = [...panel(el, 0).querySelectorAll('p')].map((p) => p.textContent);
    expect(paras).to.deep.equal(['Yes.', 'Always. <img src=x onerror="window.hacked=1">']);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(el.show('second')).to.equal(true);
    expect(warnings()).to.deep.equal([]);
  });

  it('takes string overrides as an object too (the strings property)', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    el.strings = { expandAll: 'Open every answer' } satisfies Partial<FaqStrings>;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=expand-all]')!.textContent!.trim()).to.equal('Open every answer');
  });

  it('renders markup in a strings override as text', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion strings='{"expandAll": "<img src=x> Open all"}'></faq-accordion>`);
    const toggle = el.shadowRoot!.querySelector('[part="expand-all"]')!;
    expect(toggle.textContent!.trim()).to.equal('<img src=x> Open all');
    expect(toggle.querySelector('img')).to.equal(null);
  });

  it('leaves a child that is not <details> alone, with one warning', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <h2>Questions</h2>
      <details><summary>Q?</summary><p>A</p></details>
    </faq-accordion>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(questions(el)).to.deep.equal(['Q?']);
    const h2 = el.querySelector('h2')!;
    expect(h2.checkVisibility()).to.equal(true);
    expect(warnings()).to.deep.equal(['<faq-accordion> children: <h2> is not <details>; left as is.']);
  });

  it('skips a <details> without <summary>, with a warning', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <details><p>No question here</p></details>
      <details><summary>Real?</summary><p>Yes</p></details>
    </faq-accordion>`);
    expect(questions(el)).to.deep.equal(['Real?']);
    expect(el.querySelector('details')!.checkVisibility()).to.equal(true); // left as a plain <details>
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(/^<faq-accordion> <details>: .*without <summary>/);
  });

  it('warns on invalid JSON and uses the light-DOM items, else the built-in FAQs', async () => {
    const withItems = await fixture<FaqAccordion>(html`<faq-accordion>
      <script type="application/json">[{"question": "oops",]</script>
      <details><summary>From the page?</summary><p>Yes</p></details>
    </faq-accordion>`);
    expect(questions(withItems)).to.deep.equal(['From the page?']);
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(/^<faq-accordion> <script type="application\/json">: invalid JSON/);
    const alone = await fixture<FaqAccordion>(html`<faq-accordion><script type="application/json">{nope</script></faq-accordion>`);
    expect(buttons(alone)).to.have.length(5);
  });

  it('warns about JSON that is not a list of questions and answers', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <script type="application/json">[{"question": "Good?", "answer": "Yes"}, {"question": 3}]</script>
    </faq-accordion>`);
    expect(questions(el)).to.deep.equal(['Good?']);
    const notList = await fixture<FaqAccordion>(html`<faq-accordion><script type="application/json">{"question": "x"}</script></faq-accordion>`);
    expect(buttons(notList)).to.have.length(5);
    expect(warnings()).to.have.length(2);
  });

  it('warns about a bad heading-level and uses 3', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion heading-level="9"></faq-accordion>`);
    expect(buttons(el)[0].parentElement!.getAttribute('aria-level')).to.equal('3');
    expect(warnings()).to.deep.equal(['<faq-accordion> heading-level: use 2 to 6; 3 is used.']);
  });
});

describe('faq-accordion: deep links', () => {
  afterEach(() => {
    clearHash();
    scrollTo(0, 0);
  });

  it('gives each item a stable id: its own, else a deduplicated slug of the question', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <details id="cost"><summary>Cost?</summary><p>$</p></details>
      <details><summary>Thérapie ou coaching ?</summary><p>1</p></details>
      <details><summary>Thérapie ou coaching ?</summary><p>2</p></details>
    </faq-accordion>`);
    expect([...el.querySelectorAll('details')].map((d) => d.id)).to.deep.equal([
      'cost',
      'therapie-ou-coaching',
      'therapie-ou-coaching-2',
    ]);
  });

  it('opens and scrolls to the item in the URL when the page loads', async () => {
    history.replaceState(null, '', '#does-coaching-involve-any-mental-health-diagnosis');
    const page = await fixture(html`<div><div style="height: 300vh"></div><faq-accordion></faq-accordion></div>`);
    const el = page.querySelector('faq-accordion')!;
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false, true]);
    const item = buttons(el)[4].closest('[part="item"]')!;
    await waitUntil(() => inView(item), 'scrolled into view');
  });

  it('opens on an in-page link click (moving focus to the question) and on hashchange', async () => {
    const page = await fixture(html`<div>
      <a href="#where">Where are you?</a>
      <div style="height: 300vh"></div>
      <faq-accordion>
        <details><summary>When?</summary><p>Weekdays</p></details>
        <details id="where"><summary>Where?</summary><p>St. Albert</p></details>
      </faq-accordion>
    </div>`);
    const el = page.querySelector('faq-accordion')!;
    page.querySelector('a')!.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, true]);
    await waitUntil(() => el.shadowRoot!.activeElement === buttons(el)[1], 'focus on the question');
    await waitUntil(() => inView(buttons(el)[1]), 'scrolled into view');

    scrollTo(0, 0);
    setTimeout(() => (location.hash = 'when'));
    const event = await oneEvent(el, 'faq-toggle');
    expect(event.detail).to.deep.include({ id: 'when', open: true });
    await waitUntil(() => inView(buttons(el)[0]), 'scrolled into view');
  });

  it('ignores a link to another page that happens to end in an item’s id', async () => {
    const page = await fixture(html`<div>
      <a href="/pricing.html#fees" target="_blank">Our fees</a>
      <faq-accordion><details id="fees"><summary>Fees?</summary><p>Sliding scale.</p></details></faq-accordion>
    </div>`);
    const el = page.querySelector('faq-accordion')!;
    await el.updateComplete;
    const toggles = sinon.spy();
    el.addEventListener('faq-toggle', toggles);
    const link = page.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false]);
    expect(toggles.called).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(null);
  });
});

describe('faq-accordion: created after the page has loaded', () => {
  it('waits for no load event (nothing left listening once it is removed)', async () => {
    const add = sinon.spy(window, 'addEventListener');
    try {
      const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
      el.remove();
      expect(add.args.map((a) => a[0])).to.not.include('load');
    } finally {
      add.restore();
    }
  });
});

describe('faq-accordion: find-in-page', () => {
  const untilFound = 'onbeforematch' in HTMLElement.prototype;
  afterEach(clearHash);

  it('keeps collapsed answers findable (hidden="until-found" where supported, else hidden)', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const p = panel(el, 0);
    expect(p.getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
    buttons(el)[0].click();
    await el.updateComplete;
    expect(p.hasAttribute('hidden')).to.equal(false);
  });

  it('opens a collapsed item on beforematch', async function () {
    if (!untilFound) this.skip();
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    // As the browser fires it: at the hidden panel, bubbling.
    setTimeout(() => panel(el, 2).dispatchEvent(new Event('beforematch', { bubbles: true })));
    const event = await oneEvent(el, 'faq-toggle');
    expect(event.detail.open).to.equal(true);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, true, false, false]);
  });

  it('reveals a collapsed answer when the browser finds text in it (fragment navigation)', async function () {
    if (!untilFound) this.skip();
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <details><summary>Fees?</summary><p id="sliding-scale-note">We offer a sliding scale.</p></details>
    </faq-accordion>`);
    const note = el.querySelector('#sliding-scale-note')!;
    expect(note.checkVisibility()).to.equal(false);
    location.hash = 'sliding-scale-note';
    await waitUntil(() => note.checkVisibility(), 'answer revealed');
    expect(expanded(el)).to.deep.equal([true]);
  });
});

describe('faq-accordion: schema', () => {
  const ld = (el: Element) => el.querySelector('script[type="application/ld+json"]');

  it('adds no JSON-LD unless asked', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    expect(ld(el)).to.equal(null);
  });

  it('writes FAQPage JSON-LD in the light DOM, answers as text, kept in sync', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion schema>
      <details><summary>Fees?</summary><p>See <a href="/rates">our rates</a>.</p><p>Ask about &lt;/script&gt; too.</p></details>
    </faq-accordion>`);
    const data = JSON.parse(ld(el)!.textContent!);
    expect(data).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Fees?', acceptedAnswer: { '@type': 'Answer', text: 'See our rates. Ask about </script> too.' } },
      ],
    });
    expect(ld(el)!.textContent).not.to.contain('</script');
    const added = document.createElement('details');
    added.innerHTML = '<summary>Hours?</summary>9 to 5';
    el.append(added);
    await waitUntil(() => JSON.parse(ld(el)!.textContent!).mainEntity.length === 2, 'schema updated');
    expect(JSON.parse(ld(el)!.textContent!).mainEntity[1].acceptedAnswer.text).to.equal('9 to 5');
    expect(el.querySelectorAll('script')).to.have.length(1);
    el.schema = false;
    await el.updateComplete;
    expect(ld(el)).to.equal(null);
  });

  it('describes the built-in FAQs too', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion schema></faq-accordion>`);
    const data = JSON.parse(ld(el)!.textContent!);
    expect(data.mainEntity).to.have.length(5);
    expect(data.mainEntity[4].acceptedAnswer.text).to.match(/^No\. Coaches are not trained/);
  });
});
