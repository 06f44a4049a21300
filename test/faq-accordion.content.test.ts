import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/index.js';
import type { FaqAccordion, FaqStrings } from '../src/index.js';
import { cleanKit } from './support/clean-kit.js';

const buttons = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const questions = (el: FaqAccordion) => buttons(el).map((b) => b.textContent!.trim());
const panel = (el: FaqAccordion, i: number) => el.shadowRoot!.getElementById(buttons(el)[i].getAttribute('aria-controls')!)!;
const expanded = (el: FaqAccordion) => buttons(el).map((b) => b.getAttribute('aria-expanded') === 'true');
const inView = (node: Element) => {
  const { top, bottom } = node.getBoundingClientRect();
  return top >= 0 && bottom <= innerHeight;
};
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

/** Stubs console.warn around each test of the suite it is called in; returns the warnings so far. */
function watchWarnings(): () => string[] {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());
  return () => warn.getCalls().map((c) => String(c.args[0]));
}

describe('faq-accordion: the clinic’s own <details>', () => {
  const warnings = watchWarnings();

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
    // The open answer fades in (200 ms): check its contrast once it has, not half-faded on a busy machine.
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(el).to.be.accessible();

    buttons(el)[0].click();
    await el.updateComplete;
    expect(link.checkVisibility()).to.equal(true);
    expect(el.querySelector('li')!.checkVisibility()).to.equal(true);
    link.click();
    expect(clicked.callCount).to.equal(1);
    clearHash();
    expect(warnings()).to.deep.equal([]);
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
  const warnings = watchWarnings();

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
    expect(warnings()).to.deep.equal([
      '<faq-accordion> children: <h2> is not a question, so it is shown above the questions. Write each question as <details><summary>Question</summary>Answer</details>, and put other content outside <faq-accordion>.',
    ]);
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

describe('faq-accordion: on a WordPress page', () => {
  const warnings = watchWarnings();
  const item = (el: FaqAccordion, i: number) => buttons(el)[i].closest<HTMLElement>('[part~="item"]')!;

  it('keeps space between an open answer and the divider when the theme removes the last paragraph’s margin', async () => {
    // @wordpress/block-library's flow layout: no margin after a block's last child.
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        :root :where(.is-layout-flow) > * { margin-block-start: 1.2rem; margin-block-end: 0; }
        :root :where(.is-layout-flow) > :last-child { margin-block-end: 0; }
      </style>
      <faq-accordion>
        <details class="wp-block-details is-layout-flow" open><summary>Fees?</summary><p>Sliding scale.</p></details>
        <details class="wp-block-details is-layout-flow"><summary>Hours?</summary><p>Weekdays.</p></details>
      </faq-accordion>
    </div>`);
    const el = page.querySelector('faq-accordion')!;
    await el.updateComplete;
    const last = el.querySelector('p')!;
    expect(getComputedStyle(last).marginBlockEnd, 'the theme rule applies').to.equal('0px');
    const border = parseFloat(getComputedStyle(item(el, 0)).borderBlockEndWidth);
    const gap = item(el, 0).getBoundingClientRect().bottom - border - last.getBoundingClientRect().bottom;
    expect(gap, 'space above the divider, in px').to.be.at.least(0.5 * parseFloat(getComputedStyle(el).fontSize));
    // The built-in answers keep theirs too.
    const builtIn = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    buttons(builtIn)[0].click();
    await builtIn.updateComplete;
    const p = [...panel(builtIn, 0).querySelectorAll('p')].at(-1)!;
    expect(item(builtIn, 0).getBoundingClientRect().bottom - p.getBoundingClientRect().bottom).to.be.at.least(8);
  });

  it('ignores what wpautop inserts between the questions (<br>, empty <p>): no warning, nothing shown', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion no-expand-all><br>
<p></p>
<details><summary>Fees?</summary><p>Sliding scale.</p></details><br>
<p> <br> </p>
<details><summary>Hours?</summary><p>Weekdays.</p></details><br>
</faq-accordion>`);
    expect(questions(el)).to.deep.equal(['Fees?', 'Hours?']);
    expect(warnings()).to.deep.equal([]);
    const fillers = [...el.querySelectorAll(':scope > br, :scope > p')];
    expect(fillers).to.have.length(5);
    for (const filler of fillers) expect(filler.checkVisibility(), filler.outerHTML).to.equal(false);
    expect(buttons(el)[0].getBoundingClientRect().top - el.getBoundingClientRect().top, 'no gap above the first question').to.be.below(1);
    buttons(el)[1].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, true]);
  });

  it('warns once, naming the fix, about other children (a paragraph of text), and shows them', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <p>Our questions</p>
      <details><summary>Fees?</summary><p>Sliding scale.</p></details>
      <p>More questions</p>
    </faq-accordion>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(questions(el)).to.deep.equal(['Fees?']);
    expect(el.querySelector('p')!.checkVisibility()).to.equal(true);
    expect(warnings()).to.have.length(1);
    expect(warnings()[0]).to.match(/^<faq-accordion> children: <p> is not a question.*<details><summary>Question<\/summary>Answer<\/details>/);
  });
});

describe('faq-accordion: markup in a question', () => {
  const warnings = watchWarnings();
  afterEach(() => delete (window as unknown as { hacked?: number }).hacked);

  it('keeps a <summary>’s text-level markup in the question button: lang, abbr, emphasis, code', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <details id="covered"><summary>Is <span lang="fr">thérapie</span> covered by <abbr title="Alberta Health Services">AHS</abbr>? <em>Really</em>, <strong>always</strong>, with <code>EAP</code>?</summary><p>Often.</p></details>
    </faq-accordion>`);
    const button = buttons(el)[0];
    expect(questions(el)).to.deep.equal(['Is thérapie covered by AHS? Really, always, with EAP?']);
    const fr = button.querySelector('span[lang="fr"]');
    expect(fr?.textContent, 'the French word keeps its language').to.equal('thérapie');
    expect(button.querySelector('abbr')?.getAttribute('title')).to.equal('Alberta Health Services');
    expect([...button.querySelectorAll('em, strong, code')].map((n) => `${n.localName}:${n.textContent}`)).to.deep.equal([
      'em:Really',
      'strong:always',
      'code:EAP',
    ]);
    expect(el.querySelector('summary')!.checkVisibility(), 'the clinic’s summary stays hidden').to.equal(false);
    expect(warnings()).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('never copies script, event attributes, styles or other elements: only their text', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion schema>
      <details><summary><span onclick="window.hacked=1" style="color: red" id="x" class="c" lang="fr" title="t" dir="ltr">Cliquez</span> <img src="x" alt=""><a href="/rates">rates</a><script>window.hacked=3</script><button>b</button>?</summary><p>No.</p></details>
    </faq-accordion>`);
    const button = buttons(el)[0];
    expect(questions(el)).to.deep.equal(['Cliquez ratesb?']);
    expect(button.querySelectorAll('img, a, script, button')).to.have.length(0);
    const span = button.querySelector<HTMLElement>('span:not([part])')!;
    expect([...span.attributes].map((a) => a.name).sort()).to.deep.equal(['dir', 'lang', 'title']);
    span.click();
    await el.updateComplete;
    expect((window as unknown as { hacked?: number }).hacked).to.equal(undefined);
    expect(expanded(el), 'a click on the markup opens the answer').to.deep.equal([true]);
    expect(JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!).mainEntity[0].name).to.equal('Cliquez ratesb?');
  });
});

describe('faq-accordion: the built-in wording', () => {
  const answers = async (lang: string) => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion lang=${lang}></faq-accordion>`);
    el.expandAll();
    await el.updateComplete;
    return buttons(el).map((b, i) => `${b.textContent!.trim()} ${panel(el, i).textContent!.replace(/\s+/g, ' ').trim()}`);
  };

  it('English: whole sentences, in the article’s words, and no claim about the clinic', async () => {
    const text = (await answers('en')).join('\n');
    // The online answer was a fragment ("…virtual sessions: easier and more flexible with…").
    expect(text).to.contain('Yes, many professionals now offer virtual sessions. This makes access easier and more flexible, especially for people with busy schedules or limited mobility.');
    expect(text).to.contain('focused on future outcomes');
    expect(text).not.to.match(/: easier|for the future|free consultation|online sessions available\./i);
  });

  it('French: the reviewer’s wording (inclusive, « l’encadrement et le suivi », access made easier)', async () => {
    const text = (await answers('fr-CA')).join('\n');
    expect(text).to.contain('un ou une thérapeute');
    expect(text).to.contain('l’encadrement et le suivi');
    expect(text).to.contain('l’impression de ne plus y arriver');
    expect(text).to.contain('facilite l’accès');
    expect(text).not.to.match(/responsabilisation|trop-plein|plus faciles|\bd?’?un thérapeute\b|consultation gratuite/);
  });

  it('has every string in both languages, with the same placeholders', async () => {
    const { en, fr } = await import('../src/faq-accordion/faq-accordion.strings.js');
    const shape = (table: Record<string, unknown>) =>
      Object.entries(table).map(([key, value]) => `${key}: ${(JSON.stringify(value).match(/\{\w+\}/g) ?? []).sort().join(' ')}`);
    expect(Object.keys(fr)).to.deep.equal(Object.keys(en));
    expect(shape(fr)).to.deep.equal(shape(en));
  });
});
