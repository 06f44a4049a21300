import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import '../../src/index.js';
import type { BookingCta } from '../../src/index.js';
import { cleanKit } from '../support/clean-kit.js';
import { isWebKit } from '../support/engine.js';
import { CRISIS, PATHS } from '../support/quiz-paths.js';

const BOOK = 'https://clinic.example/book';

/** Puts `markup` in the page (as a CMS would print it) and waits for its elements to render. */
async function page(markup: string): Promise<HTMLElement> {
  const root = document.createElement('div');
  root.innerHTML = markup;
  document.body.append(root);
  await Promise.all([...root.querySelectorAll<BookingCta>('booking-cta')].map((el) => el.updateComplete));
  return root;
}

/** What a booking button offers a visitor: its link's text and target, and its contact links. */
function offer(el: Element) {
  const links = [...el.shadowRoot!.querySelectorAll('a')];
  return links.map((a) => `${(a.textContent ?? '').replace(/\s+/g, ' ').trim()} → ${a.getAttribute('href')}`);
}

const squash = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Starts the quiz and picks each answer of `path` (indexes), as a visitor clicks. */
async function walk(quiz: HTMLElement & { updateComplete: Promise<boolean> }, path: readonly number[]) {
  const root = quiz.shadowRoot!;
  root.querySelector<HTMLElement>('[part~=start]')!.click();
  await quiz.updateComplete;
  for (const pick of path) {
    root.querySelectorAll<HTMLElement>('[part=answer]')[pick].click();
    await quiz.updateComplete;
    root.querySelector<HTMLElement>('[part~=next]')!.click();
    await quiz.updateComplete;
  }
}

const defaults = (json: string) => `<script type="application/json" data-clinic-widgets>${json}</script>`;

describe('clinic defaults (<script type="application/json" data-clinic-widgets>)', () => {
  let warn: sinon.SinonStub;
  let root: HTMLElement | undefined;
  const warnings = () => warn.getCalls().map((c) => String(c.args[0]));

  beforeEach(() => (warn = cleanKit()));
  afterEach(() => {
    warn.restore();
    root?.remove();
  });

  it('sets the booking URL once for a quiz, two booking buttons and an FAQ', async () => {
    root = await page(`
      ${defaults(`{"bookingUrl": "${BOOK}", "phone": "780-555-0100"}`)}
      <therapy-coaching-quiz></therapy-coaching-quiz>
      <booking-cta></booking-cta>
      <faq-accordion><details><summary>Q</summary><p>A</p></details></faq-accordion>
      <booking-cta variant="banner"></booking-cta>`);
    const [first, second] = root.querySelectorAll('booking-cta');
    for (const el of [first, second]) {
      const links = offer(el);
      expect(links[0]).to.match(new RegExp(`^Book a consultation.* → ${BOOK}$`));
      expect(links).to.include('Call 780-555-0100 → tel:7805550100');
    }
    expect(warnings()).to.deep.equal([]);
  });

  it('lets an element’s own attributes, and properties set by a script, win', async () => {
    root = await page(`
      <booking-cta href="/own" phone="" email="hello@clinic.example"></booking-cta>
      ${defaults(`{"bookingUrl": "${BOOK}", "phone": "780-555-0100", "email": "info@clinic.example"}`)}`);
    const links = offer(root.querySelector('booking-cta')!);
    expect(links[0]).to.match(/ → \/own$/);
    expect(links.join()).not.to.include('tel:');
    expect(links).to.include('Email hello@clinic.example → mailto:hello@clinic.example');

    const scripted = document.createElement('booking-cta') as BookingCta;
    scripted.href = '/scripted';
    root.append(scripted);
    await scripted.updateComplete;
    expect(offer(scripted)[0]).to.match(/ → \/scripted$/);
  });

  it('sets the language, unless the element or an enclosing element states its own', async () => {
    root = await page(`
      ${defaults(`{"bookingUrl": "${BOOK}", "lang": "fr-CA"}`)}
      <booking-cta id="clinic"></booking-cta>
      <booking-cta id="own" lang="en"></booking-cta>
      <section lang="en"><booking-cta id="enclosed"></booking-cta></section>`);
    await Promise.all([...root.querySelectorAll<BookingCta>('booking-cta')].map((el) => el.updateComplete));
    const label = (id: string) => offer(root!.querySelector(`#${id}`)!)[0].split(' → ')[0];
    expect(label('clinic')).to.match(/^Réserver/);
    expect(label('own')).to.match(/^Book/);
    expect(label('enclosed')).to.match(/^Book/);
  });

  it('warns once, at load, with the line and column of invalid JSON, and the elements keep their own settings', async () => {
    root = await page(`
      ${defaults('{\n  "bookingUrl": "https://clinic.example/book",\n  phone: "780"\n}')}
      <booking-cta href="/own"></booking-cta><booking-cta href="/own2"></booking-cta>`);
    const bad = warnings().filter((w) => w.includes('data-clinic-widgets'));
    expect(bad).to.have.length(1);
    expect(bad[0]).to.match(/^<script data-clinic-widgets> JSON: invalid JSON\b.*The default is used\.$/);
    // Chromium and Firefox say where; WebKit's JSON error has no position to report.
    if (!isWebKit()) expect(bad[0]).to.include('line 3, column 3');
    expect(offer(root.querySelector('booking-cta')!)[0]).to.match(/ → \/own$/);
  });

  it('warns about unknown keys and wrong types, and applies the rest', async () => {
    root = await page(`
      ${defaults(`{"bookingURL": "x", "phone": 7805550100, "crisisResources": "988", "bookingUrl": "${BOOK}"}`)}
      <booking-cta></booking-cta>`);
    expect(offer(root.querySelector('booking-cta')!)[0]).to.match(new RegExp(` → ${BOOK}$`));
    expect(warnings()).to.deep.equal([
      '<script data-clinic-widgets> bookingURL: unknown key; use one of bookingUrl, therapyUrl, coachingUrl, phone, email, hours, crisisResources, lang.',
      '<script data-clinic-widgets> phone: must be a string; it was ignored.',
      '<script data-clinic-widgets> crisisResources: must be an array; it was ignored.',
    ]);
  });

  it('gives the quiz the booking page, and the crisis lines and phone hours', async () => {
    const json = {
      bookingUrl: BOOK,
      phone: '780-555-0100',
      hours: 'Mon–Fri 9–5',
      crisisResources: [{ name: 'Distress Line', call: '780-482-4357', text: '', hours: '24/7' }],
    };
    root = await page(`${defaults(JSON.stringify(json))}<therapy-coaching-quiz></therapy-coaching-quiz><therapy-coaching-quiz></therapy-coaching-quiz>`);
    const [result, crisis] = root.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('therapy-coaching-quiz');
    await Promise.all([result.updateComplete, crisis.updateComplete]);
    await walk(result, PATHS.therapy);
    const cta = result.shadowRoot!.querySelector('booking-cta')!;
    await (cta as BookingCta).updateComplete;
    expect(cta.shadowRoot!.querySelector('a')!.getAttribute('href')).to.equal(BOOK);

    await walk(crisis, CRISIS);
    const screen = squash(crisis.shadowRoot!.querySelector('[part~=crisis]'));
    expect(screen).to.include('Distress Line');
    expect(screen).to.include('Mon–Fri 9–5');
  });
});
