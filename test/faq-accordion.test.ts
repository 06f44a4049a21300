import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { FaqAccordion, FaqToggleDetail } from '../src/index.js';
import { resetWarnings } from '../src/shared/warn.js';
import { isChromium } from './support/engine.js';
import { SPACE } from './support/helpers.js';

const buttons = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[aria-controls]')];
const panel = (el: FaqAccordion, i: number) => el.shadowRoot!.getElementById(buttons(el)[i].getAttribute('aria-controls')!)!;
const answerShown = (el: FaqAccordion, i: number) => panel(el, i).querySelector('.answer')!.checkVisibility();
const expanded = (el: FaqAccordion) => buttons(el).map((b) => b.getAttribute('aria-expanded') === 'true');
const toggleAll = (el: FaqAccordion) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="expand-all"]');
const active = (el: FaqAccordion) => el.shadowRoot!.activeElement;

async function media(context: Mocha.Context, value: Parameters<typeof emulateMedia>[0]) {
  if (!isChromium()) context.skip(); // only Chromium's driver emulates media
  await emulateMedia(value);
}

describe('faq-accordion: the built-in FAQs', () => {
  beforeEach(() => resetWarnings());

  it('shows the article’s five questions as buttons inside level-3 headings, all closed', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const qs = buttons(el);
    expect(qs.map((b) => b.textContent!.trim())).to.deep.equal([
      'What’s the biggest difference between therapy and coaching?',
      'Can someone do both therapy and coaching at the same time?',
      'How do I know if I need a therapist instead of a coach?',
      'Are online sessions available for therapy or coaching?',
      'Does coaching involve any mental health diagnosis?',
    ]);
    for (const b of qs) {
      const heading = b.parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
    }
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
    expect(answerShown(el, 0)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('labels each answer panel by its question and opens it on click', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const b = buttons(el)[1];
    const p = panel(el, 1);
    b.click();
    await el.updateComplete;
    expect(p.getAttribute('role')).to.equal('region');
    expect(p.getAttribute('aria-labelledby')).to.equal(b.id);
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(answerShown(el, 1)).to.equal(true);
    expect(p.textContent).to.contain('a therapist for emotional healing, and a coach for accountability');
    await expect(el).to.be.accessible();
    b.click();
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('false');
    expect(answerShown(el, 1)).to.equal(false);
  });

  it('uses heading-level for the questions', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion heading-level="2"></faq-accordion>`);
    expect(buttons(el)[0].parentElement!.getAttribute('aria-level')).to.equal('2');
  });
});

describe('faq-accordion: keyboard', () => {
  it('toggles with Enter and Space', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    buttons(el)[0].focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(expanded(el)[0]).to.equal(true);
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    expect(expanded(el)[0]).to.equal(false);
    await sendKeys({ press: SPACE });
    await el.updateComplete;
    expect(expanded(el)[0]).to.equal(true);
    expect(active(el)).to.equal(buttons(el)[0]);
  });

  it('moves between questions with Down/Up (wrapping) and Home/End', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const qs = buttons(el);
    qs[0].focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(qs[1]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(active(el)).to.equal(qs[4]);
    await sendKeys({ press: 'ArrowDown' });
    expect(active(el)).to.equal(qs[0]);
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(qs[4]);
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(qs[0]);
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
  });
});

describe('faq-accordion: landmarks', () => {
  it('makes each open answer a labelled region in a short FAQ, and none in a long one (no crowd of landmarks)', async () => {
    const short = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const regions = (el: FaqAccordion) => buttons(el).map((_b, i) => panel(el, i).getAttribute('role') + ' ' + panel(el, i).getAttribute('aria-labelledby'));
    expect(regions(short), 'closed: no regions').to.deep.equal(buttons(short).map(() => 'null null'));
    short.expandAll();
    await short.updateComplete;
    expect(regions(short), 'open: labelled regions').to.deep.equal(buttons(short).map((b) => `region ${b.id}`));
    const items = Array.from({ length: 7 }, (_, i) => ({ question: `Question ${i + 1}?`, answer: 'Yes.' }));
    const long = await fixture<FaqAccordion>(html`<faq-accordion><script type="application/json">${JSON.stringify(items)}</script></faq-accordion>`);
    expect(long.shadowRoot!.querySelectorAll('[role=region], [aria-labelledby]')).to.have.length(0);
    long.expandAll();
    await long.updateComplete;
    await expect(long).to.be.accessible();
  });
});

describe('faq-accordion: inside an answer', () => {
  it('leaves the items alone on clicks and keys in an answer (the clinic’s own button and text)', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion>
      <details open id="fees"><summary>Fees?</summary><p>See <button type="button" id="own">our rates</button>.</p></details>
      <details><summary>Hours?</summary><p>Weekdays.</p></details>
    </faq-accordion>`);
    const own = el.querySelector<HTMLButtonElement>('#own')!;
    expect(expanded(el)).to.deep.equal([true, false]);
    own.click();
    el.querySelector('p')!.click();
    panel(el, 0).click();
    own.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, false]);
    expect(document.activeElement).to.equal(own);
  });
});

describe('faq-accordion: several open, single, expand all', () => {
  it('lets several answers be open by default', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    buttons(el)[0].click();
    buttons(el)[2].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, false, true, false, false]);
  });

  it('with single, opening one closes the others', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion single></faq-accordion>`);
    buttons(el)[0].click();
    await el.updateComplete;
    buttons(el)[3].click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, true, false]);
    expect(answerShown(el, 0)).to.equal(false);
    expect(toggleAll(el)).to.equal(null);
  });

  it('has an Expand all / Collapse all toggle whose name follows the state', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const toggle = toggleAll(el)!;
    expect(toggle.textContent!.trim()).to.equal('Expand all');
    toggle.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true, true, true]);
    expect(toggle.textContent!.trim()).to.equal('Collapse all');
    await expect(el).to.be.accessible();
    buttons(el)[2].click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Expand all');
    toggle.click();
    await el.updateComplete;
    toggle.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
    expect(toggle.textContent!.trim()).to.equal('Expand all');
  });

  it('shows no toggle for one question or with no-expand-all', async () => {
    const one = await fixture<FaqAccordion>(
      html`<faq-accordion><details><summary>Only question?</summary><p>Only answer.</p></details></faq-accordion>`,
    );
    expect(buttons(one)).to.have.length(1);
    expect(toggleAll(one)).to.equal(null);
    const off = await fixture<FaqAccordion>(html`<faq-accordion no-expand-all></faq-accordion>`);
    expect(toggleAll(off)).to.equal(null);
  });
});

describe('faq-accordion: events and methods', () => {
  it('fires faq-toggle with id, question and open when a person toggles an item', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    setTimeout(() => buttons(el)[4].click());
    const opened = await oneEvent(el, 'faq-toggle');
    expect(opened.detail).to.deep.equal({
      id: 'does-coaching-involve-any-mental-health-diagnosis',
      question: 'Does coaching involve any mental health diagnosis?',
      open: true,
    } satisfies FaqToggleDetail);
    expect(opened.bubbles && opened.composed).to.equal(true);
    await el.updateComplete;
    setTimeout(() => buttons(el)[4].click());
    expect((await oneEvent(el, 'faq-toggle')).detail.open).to.equal(false);
  });

  it('fires one event per item changed by Expand all, and for the item single closes', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const spy = sinon.spy();
    el.addEventListener('faq-toggle', spy);
    buttons(el)[1].click();
    await el.updateComplete;
    toggleAll(el)!.click();
    expect(spy.callCount).to.equal(5);
    el.single = true;
    await el.updateComplete;
    buttons(el)[0].click(); // all were open: this closes question 0 only
    await el.updateComplete;
    spy.resetHistory();
    buttons(el)[0].click(); // opens 0 and, with single, closes 1..4
    const opens = spy.getCalls().map((c) => (c.args[0] as CustomEvent<FaqToggleDetail>).detail.open);
    expect(opens).to.deep.equal([true, false, false, false, false]);
  });

  it('expandAll(), collapseAll() and show(id) change the items without faq-toggle', async () => {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    const spy = sinon.spy();
    el.addEventListener('faq-toggle', spy);
    el.expandAll();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([true, true, true, true, true]);
    el.collapseAll();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, false, false]);
    expect(el.show('are-online-sessions-available-for-therapy-or-coaching')).to.equal(true);
    expect(el.show('no-such-question')).to.equal(false);
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, false, true, false]);
    expect(spy.callCount).to.equal(0);
  });

  it('show(id) scrolls the question into view with room for its focus ring above it', async () => {
    const page = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div><faq-accordion></faq-accordion><div style="height: 300vh"></div></div>`);
    const el = page.querySelector('faq-accordion')!;
    await el.updateComplete;
    el.show('are-online-sessions-available-for-therapy-or-coaching');
    await el.updateComplete;
    await waitUntil(() => buttons(el)[3].getBoundingClientRect().top < innerHeight, 'scrolled to the question');
    // The ring is 3 px wide, 2 px out: 5 px above the button.
    expect(buttons(el)[3].getBoundingClientRect().top).to.be.within(5, 40);
  });
});

describe('faq-accordion: search', () => {
  const faq = html`<faq-accordion search>
    <details><summary>Séances en ligne ?</summary><p>Oui, par vidéo.</p></details>
    <details><summary>How long is a session?</summary><p>Fifty minutes, <a href="#fees">fees</a> vary.</p></details>
    <details><summary>Do you offer couples counselling?</summary><p>Yes, on Saturdays.</p></details>
  </faq-accordion>`;
  const status = (el: FaqAccordion) => el.shadowRoot!.querySelector('[role="status"]')!;
  const visible = (el: FaqAccordion) => buttons(el).filter((b) => b.checkVisibility()).map((b) => b.textContent!.trim());
  /** The status line once typing has paused (it waits a second, so a screen reader hears one count). */
  const says = (el: FaqAccordion, count: string) =>
    waitUntil(() => status(el).textContent!.trim() === count, `the status says "${count}"`, { timeout: 4000 });

  async function type(el: FaqAccordion, text: string) {
    const input = el.shadowRoot!.querySelector('input')!;
    input.focus();
    input.select();
    await sendKeys({ type: text });
    await el.updateComplete;
  }

  it('has a labelled search box and a polite status', async () => {
    const el = await fixture<FaqAccordion>(faq);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(input.labels![0].textContent!.trim()).to.equal('Search the questions');
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(status(el).textContent!.trim()).to.equal('');
  });

  it('filters by question and answer text, ignoring case and accents, and announces N of M', async () => {
    const el = await fixture<FaqAccordion>(faq);
    await type(el, 'SEANCES');
    expect(visible(el)).to.deep.equal(['Séances en ligne ?']);
    await says(el, '1 of 3 questions');
    await type(el, 'fifty');
    expect(visible(el)).to.deep.equal(['How long is a session?']);
    await type(el, 'yes session');
    expect(visible(el)).to.deep.equal([]);
    await type(el, 'o');
    expect(visible(el)).to.have.length(3);
    await says(el, '3 of 3 questions');
    await type(el, 'sat');
    await says(el, '1 of 3 questions');
    await expect(el).to.be.accessible();
  });

  it('shows a clear no-match state', async () => {
    const el = await fixture<FaqAccordion>(faq);
    await type(el, 'zebra');
    expect(visible(el)).to.deep.equal([]);
    await says(el, 'No questions match your search. Try other words.');
    expect(status(el).checkVisibility()).to.equal(true);
    const toggle = el.shadowRoot!.querySelector('[part=expand-all]');
    expect(toggle?.textContent!.trim(), 'no Expand/Collapse all with nothing to open').to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('filters as the visitor types, and says the count once, when typing pauses', async () => {
    const el = await fixture<FaqAccordion>(faq);
    const heard: string[] = [];
    new MutationObserver(() => heard.push(status(el).textContent!.trim())).observe(status(el), {
      subtree: true,
      childList: true,
      characterData: true,
    });
    await type(el, 'sess');
    expect(visible(el), 'the list filters at once').to.deep.equal(['How long is a session?']);
    expect(status(el).textContent!.trim(), 'no count while typing').to.equal('');
    await says(el, '1 of 3 questions');
    el.shadowRoot!.querySelector('input')!.select();
    await sendKeys({ press: 'Backspace' });
    expect(visible(el), 'an emptied search shows every question').to.have.length(3);
    await says(el, '');
    expect(heard.filter(Boolean), 'one count for "sess", not one per letter').to.deep.equal(['1 of 3 questions']);
  });

  it('Down/Up and Expand all act on the questions the search shows', async () => {
    const el = await fixture<FaqAccordion>(faq);
    await type(el, 'yes');
    expect(visible(el)).to.deep.equal(['Do you offer couples counselling?']);
    toggleAll(el)!.click();
    await el.updateComplete;
    expect(expanded(el)).to.deep.equal([false, false, true]);
    await type(el, 'on');
    const shown = buttons(el).filter((b) => b.checkVisibility());
    shown[0].focus();
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(shown[shown.length - 1]);
  });
});

describe('faq-accordion: print and motion', () => {
  afterEach(async () => {
    if (isChromium()) await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('prints every answer expanded', async function () {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    expect(answerShown(el, 2)).to.equal(false);
    await media(this, { media: 'print' });
    await waitUntil(() => answerShown(el, 2), 'answer printed');
    expect(panel(el, 2).textContent).to.contain('Coaches do not provide mental health treatment.');
  });

  it('animates opening only when reduced motion is not asked for', async function () {
    const el = await fixture<FaqAccordion>(html`<faq-accordion></faq-accordion>`);
    await media(this, { reducedMotion: 'reduce' });
    buttons(el)[0].click();
    await el.updateComplete;
    await aTimeout(0);
    expect(panel(el, 0).querySelector('.answer')!.getAnimations()).to.have.length(0);
    await media(this, { reducedMotion: 'no-preference' });
    buttons(el)[1].click();
    await el.updateComplete;
    expect(panel(el, 1).querySelector('.answer')!.getAnimations()).to.have.length(1);
  });
});
