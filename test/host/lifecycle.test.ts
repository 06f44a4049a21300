// The built module on a page whose own scripts do things to it: load it twice, create, move and
// remove elements, and change attributes after the first render. Nothing throws, state
// survives a move, removed elements stop listening, and every change shows.
import { expect } from '@open-wc/testing';
import { BOOK, hasPart, part, text } from '../support/helpers.js';
import { PATHS, clickThrough } from '../support/quiz-paths.js';
import type { LitElement } from 'lit';
import { until } from '../support/wait.js';
import { eachHostPage, elementsOf, openPage } from './support.js';

const addModule = (doc: Document, src: string) =>
  new Promise((resolve, reject) => {
    const script = Object.assign(doc.createElement('script'), { type: 'module', src, onload: resolve, onerror: reject });
    doc.head.append(script);
  });
const questions = (faq: Element) => [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=button]')];
const expanded = (faq: Element) => questions(faq).map((b) => b.getAttribute('aria-expanded') === 'true');
const progress = (quiz: Element) => text(part(quiz, 'progress'));
const checked = (quiz: Element) => [...quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')].findIndex((r) => r.checked);

describe('host page: the module loaded twice', () => {
  it('two script tags: the elements work and the page gets one warning', async () => {
    const page = await openPage({ head: '<script type="module" src="/dist/clinic-widgets.js?copy=2"></script>' });
    try {
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.console).to.have.length(1);
      expect(page.probe.console[0]).to.match(/^warn: clinic-widgets .*already loaded/);
      expect(elementsOf(page.doc).every((el) => el.shadowRoot!.childElementCount)).to.equal(true);
    } finally {
      page.frame.remove();
    }
  });

  it('a late second copy leaves elements in use as they are, and new ones work', async () => {
    const page = await openPage();
    try {
      const quiz = page.$('#quiz');
      await clickThrough(quiz, [1, 2]);
      const faq = page.$('#builtin');
      questions(faq)[2].click();
      await faq.updateComplete;
      await addModule(page.doc, '/dist/clinic-widgets.js?late=1');
      await quiz.updateComplete;
      expect(progress(quiz)).to.equal('Question 3 of 7');
      expect(expanded(faq)).to.deep.equal([false, false, true, false, false]);
      const cta = page.doc.createElement('booking-cta');
      cta.setAttribute('href', BOOK);
      page.$('main').append(cta);
      await cta.updateComplete;
      expect(part(cta, 'button').getAttribute('href')).to.equal(BOOK);
      expect(page.probe.errors).to.deep.equal([]);
      expect(page.probe.console.filter((line) => /already loaded/.test(line))).to.have.length(1);
    } finally {
      page.frame.remove();
    }
  });
});

describe('host page: elements created, moved and removed by script', () => {
  const page = eachHostPage();

  it('created with createElement, configured before or after connecting', async () => {
    const { doc, $ } = page();
    const quiz = doc.createElement('therapy-coaching-quiz');
    quiz.setAttribute('heading', 'Which support fits you?');
    const faq = Object.assign(doc.createElement('faq-accordion'), { headingLevel: 2 });
    const details = doc.createElement('details');
    details.innerHTML = '<summary>Do you see couples?</summary><p>Yes.</p>';
    faq.append(details);
    const cta = doc.createElement('booking-cta');
    $('main').append(quiz, faq, cta);
    cta.href = BOOK;
    cta.variant = 'banner';
    await Promise.all([quiz, faq, cta].map((el) => el.updateComplete));
    expect(text(quiz.shadowRoot!.querySelector('h2'))).to.equal('Which support fits you?');
    expect(questions(faq).map(text)).to.deep.equal(['Do you see couples?']);
    expect(questions(faq)[0].parentElement!.getAttribute('aria-level')).to.equal('2');
    expect(hasPart(cta, 'banner')).to.equal(true);
    expect(part(cta, 'button').getAttribute('href')).to.equal(BOOK);
  });

  it('moved elsewhere, even into another shadow root, they keep their state', async () => {
    const { doc, win, $ } = page();
    const quiz = $('#quiz');
    await clickThrough(quiz, [2, 0]);
    quiz.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')[2].click();
    const faq = $('#faq');
    questions(faq)[0].click();
    await faq.updateComplete;
    expect(expanded(faq)).to.deep.equal([true, true]);

    const aside = doc.createElement('aside');
    doc.body.append(aside);
    aside.append(quiz);
    await quiz.updateComplete;
    expect(progress(quiz)).to.equal('Question 3 of 7');
    expect(checked(quiz)).to.equal(2);

    const host = doc.createElement('div');
    doc.body.append(host);
    host.attachShadow({ mode: 'open' }).append(faq);
    await faq.updateComplete;
    expect(expanded(faq)).to.deep.equal([true, true]);
    for (const summary of faq.querySelectorAll('summary')) {
      expect(win.getComputedStyle(summary).display, 'summaries stay hidden in the new root').to.equal('none');
    }
    expect(text(part(faq, 'panel')), 'the answer is the clinic’s own node, slotted, not a copy').to.equal('');
    expect(text(faq.querySelector('details p'))).to.equal('Yes: a free 15-minute call.');

    const cta = $('#cta');
    aside.prepend(cta);
    await cta.updateComplete;
    expect(part(cta, 'button').getAttribute('href')).to.equal(BOOK);
  });

  it('removed, they stop listening (hash links, quiz outcomes, lang) and come back intact', async () => {
    const { doc, win, $ } = page();
    const faq = $('#builtin');
    const quiz = $('#quiz');
    const follower = doc.createElement('booking-cta');
    Object.assign(follower, { href: BOOK, htmlFor: 'quiz' });
    $('main').append(follower);
    await follower.updateComplete;
    const id = 'can-someone-do-both-therapy-and-coaching-at-the-same-time';
    faq.remove();
    follower.remove();
    win.location.hash = id;
    await new Promise((resolve) => win.addEventListener('hashchange', resolve, { once: true }));
    await clickThrough(quiz, PATHS.therapy);
    doc.documentElement.lang = 'fr';
    await quiz.updateComplete;
    doc.documentElement.lang = 'en';
    await quiz.updateComplete;
    expect(expanded(faq), 'a removed FAQ ignores hash links').to.deep.equal([false, false, false, false, false]);
    expect(text(part(follower, 'button')), 'a removed follower ignores the quiz').to.contain('Book a consultation');

    $('main').append(faq, follower);
    await Promise.all([faq.updateComplete, follower.updateComplete]);
    expect(questions(faq)).to.have.length(5);
    win.location.hash = 'are-online-sessions-available-for-therapy-or-coaching';
    await until(() => expanded(faq)[3], 'back in the page, the FAQ follows hash links again');
    await clickThrough(quiz, PATHS.coaching);
    await follower.updateComplete;
    expect(text(part(follower, 'button'))).to.contain('Book a coaching consultation');
  });

  it('an open booking dialog removed with its element does not come back open', async () => {
    const { $ } = page();
    const cta = $('#dialog');
    part(cta, 'button').click();
    await cta.updateComplete;
    expect(cta.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    const parent = cta.parentElement!;
    cta.remove();
    parent.append(cta);
    await cta.updateComplete;
    const dialog = cta.shadowRoot!.querySelector('dialog')!;
    expect(dialog.open && !dialog.matches(':modal'), 'not left open as a non-modal box in the page').to.equal(false);
  });
});

describe('host page: attributes changed after render', () => {
  const page = eachHostPage();

  it('booking-cta: href, label, target, variant and mode', async () => {
    const { $, probe } = page();
    const cta = $('#cta');
    const link = () => part<HTMLAnchorElement>(cta, 'button');
    const set = async (name: string, value: string | null) => {
      if (value === null) cta.removeAttribute(name);
      else cta.setAttribute(name, value);
      await cta.updateComplete;
    };
    await set('href', 'https://clinic.example/other');
    expect(link().getAttribute('href')).to.equal('https://clinic.example/other');
    await set('label', 'Book now');
    expect(text(link())).to.match(/^Book now/);
    await set('target', '_self');
    expect(link().target).to.equal('_self');
    await set('variant', 'banner');
    expect(hasPart(cta, 'banner')).to.equal(true);
    await set('variant', 'floating');
    expect(hasPart(cta, 'dismiss-button')).to.equal(true);
    await set('variant', null);
    expect(hasPart(cta, 'banner')).to.equal(false);
    await set('mode', 'dialog');
    expect(cta.shadowRoot!.querySelector('dialog')).to.not.equal(null);
    expect(link().getAttribute('aria-haspopup')).to.equal('dialog');
    await set('href', 'javascript:alert(1)');
    expect(hasPart(cta, 'button'), 'an unsafe href removes the link, the phone stays').to.equal(false);
    expect(cta.shadowRoot!.querySelector('a[href^="tel:"]')).to.not.equal(null);
    expect(probe.console.filter((l) => l.includes('<booking-cta> href'))).to.have.length(1);
    await set('href', BOOK);
    expect(link().getAttribute('href')).to.equal(BOOK);
  });

  it('faq-accordion: heading-level, search, single and no-expand-all', async () => {
    const faq = page().$('#builtin');
    faq.setAttribute('heading-level', '2');
    await faq.updateComplete;
    expect(questions(faq).map((b) => b.parentElement!.getAttribute('aria-level'))).to.deep.equal(['2', '2', '2', '2', '2']);
    faq.setAttribute('search', '');
    await faq.updateComplete;
    expect(hasPart(faq, 'search')).to.equal(true);
    faq.removeAttribute('search');
    await faq.updateComplete;
    expect(hasPart(faq, 'search')).to.equal(false);
    expect(hasPart(faq, 'expand-all')).to.equal(true);
    faq.setAttribute('no-expand-all', '');
    await faq.updateComplete;
    expect(hasPart(faq, 'expand-all')).to.equal(false);
    faq.setAttribute('single', '');
    await faq.updateComplete;
    questions(faq)[0].click();
    await faq.updateComplete;
    questions(faq)[3].click();
    await faq.updateComplete;
    expect(expanded(faq)).to.deep.equal([false, false, false, true, false]);
  });

  it('therapy-coaching-quiz: heading, crisis-phone, booking-url on the result, and lang', async () => {
    const { doc, $ } = page();
    const quiz = $('#quiz');
    const h2 = () => text(quiz.shadowRoot!.querySelector('h2'));
    const english = h2();
    quiz.setAttribute('heading', 'Which support fits you?');
    await quiz.updateComplete;
    expect(h2()).to.equal('Which support fits you?');
    quiz.removeAttribute('heading');
    quiz.setAttribute('crisis-phone', '116 123');
    await quiz.updateComplete;
    expect(h2()).to.equal(english);
    expect(part(quiz, 'crisis-line').querySelector('a')!.getAttribute('href')).to.equal('tel:116123');

    let renders = 0;
    // Counts renders: a lang change must reach the quiz (render() is protected, hence the cast).
    const counted = quiz as unknown as { render(): unknown };
    const render = counted.render;
    counted.render = function () {
      renders++;
      return render.call(this);
    };
    quiz.setAttribute('lang', 'fr');
    await until(() => renders > 0, 'a lang change re-renders the quiz');
    await quiz.updateComplete;
    expect(h2()).to.equal('Thérapie, coaching ou les deux?');
    quiz.removeAttribute('lang');
    await until(() => h2() === english, 'English again without its own lang');
    doc.documentElement.lang = 'fr-CA';
    await until(() => h2() === 'Thérapie, coaching ou les deux?', 'French with the page');
    doc.documentElement.lang = 'en';
    await until(() => h2() === english, 'back to English with the page');
    delete (counted as Partial<typeof counted>).render;

    await clickThrough(quiz, PATHS.both);
    const cta = () => quiz.shadowRoot!.querySelector<LitElement>('booking-cta')!;
    await cta().updateComplete;
    expect(part(cta(), 'button').getAttribute('href')).to.equal(BOOK);
    quiz.setAttribute('booking-url', 'https://clinic.example/new');
    await quiz.updateComplete;
    await cta().updateComplete;
    expect(part(cta(), 'button').getAttribute('href')).to.equal('https://clinic.example/new');
  });
});
