// The built module on a page served with `Content-Security-Policy: default-src 'self'` (no
// 'unsafe-inline', no nonce): every element renders styled and works, and the page records no
// `securitypolicyviolation`, from loading to a finished quiz, a search and an open dialog.
import { expect } from '@open-wc/testing';
import { part, text } from '../support/helpers.js';
import { PATHS, clickThrough } from '../support/quiz-paths.js';
import type { LitElement } from 'lit';
import { until } from '../support/wait.js';
import { elementsOf, openPage, type HostPage } from './support.js';

const PAGE = '/test/host/pages/strict.csp.html';
const ACCENT = 'rgb(47, 111, 115)';

describe('host page: strict Content-Security-Policy', () => {
  let page: HostPage;
  before(async () => {
    page = await openPage({ src: PAGE });
  });
  after(() => page?.frame.remove());

  it('is served with the strict policy, and the policy is in force', async () => {
    const response = await fetch(PAGE);
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'");
    const probe = page.doc.createElement('p');
    probe.setAttribute('style', 'color: rgb(255, 0, 0)');
    page.doc.body.append(probe);
    expect(page.win.getComputedStyle(probe).color, 'an inline style is refused').to.not.equal('rgb(255, 0, 0)');
    await until(() => page.probe.violations.length, 'the refused inline style is reported');
    expect(page.probe.violations[0]).to.match(/^style-src/);
    probe.remove();
    page.probe.violations.length = 0;
  });

  it('renders every element with its styles', () => {
    const { win, $ } = page;
    expect(win.getComputedStyle(part($('#quiz'), 'start')).backgroundColor).to.equal(ACCENT);
    for (const id of ['#cta', '#banner', '#dialog', '#floating']) {
      expect(win.getComputedStyle(part($(id), 'button')).backgroundColor, id).to.equal(ACCENT);
    }
    expect(win.getComputedStyle(part($('#floating'), 'base')).position).to.equal('fixed');
    expect(win.getComputedStyle(part($('#banner'), 'base')).borderTopStyle).to.equal('solid');
    const questions = [...$('#faq').shadowRoot!.querySelectorAll('[part~=button]')];
    expect(questions.map(text)).to.deep.equal(['Do you offer a free consultation?', 'Are online sessions available?']);
    expect(win.getComputedStyle(questions[0]).fontWeight).to.equal('600');
    // The page-level sheet that hides the taken-over <summary> elements is adopted, not inline.
    for (const summary of page.doc.querySelectorAll('faq-accordion summary')) {
      expect(win.getComputedStyle(summary).display).to.equal('none');
    }
    expect(page.doc.querySelector('script[type="application/ld+json"]'), 'the FAQ JSON-LD').to.not.equal(null);
  });

  it('works through a quiz, a search and the booking dialog without a single violation or error', async () => {
    const { win, $ } = page;
    const quiz = $('#quiz');
    await clickThrough(quiz, PATHS.both);
    const cta = quiz.shadowRoot!.querySelector<LitElement>('booking-cta')!;
    await cta.updateComplete;
    expect(win.getComputedStyle(part(cta, 'button')).backgroundColor).to.equal(ACCENT);

    const faq = $('#faq');
    const search = part<HTMLInputElement>(faq, 'search');
    search.value = 'video';
    search.dispatchEvent(new win.Event('input', { bubbles: true }));
    await until(() => text(part(faq, 'status')) === '1 of 2 questions', 'the count');

    const dialog = $('#dialog');
    part(dialog, 'button').click();
    await dialog.updateComplete;
    const frame = dialog.shadowRoot!.querySelector('iframe')!;
    expect(dialog.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    await until(() => frame.contentDocument?.querySelector('h1'), 'the same-origin booking page loads in the dialog');
    dialog.shadowRoot!.querySelector('dialog')!.close();
    await dialog.updateComplete;

    expect(elementsOf(page.doc).every((el) => el.shadowRoot!.childElementCount)).to.equal(true);
    expect(page.probe.violations, 'CSP violations').to.deep.equal([]);
    expect(page.probe.errors, 'errors').to.deep.equal([]);
    expect(page.probe.console, 'console').to.deep.equal([]);
  });
});
