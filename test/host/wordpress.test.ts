// The WordPress theme fixture (demo/wordpress.html): WordPress's real block CSS
// (@wordpress/block-library, fetched by scripts/wordpress-css.mjs) and a Twenty Twenty-Four-like
// theme: a 62.5 % root with a 1.6rem body, or an 18 px body, and the theme's
// `:where(.wp-site-blocks *:focus) { outline: 2px solid }`. Nothing of the kit is set.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { part, shadowElements } from '../support/helpers.js';
import { CRISIS, clickThrough } from '../support/quiz-paths.js';
import { TAGS, openPage, type HostPage } from './support.js';

const px = (win: Window, node: Element, prop: 'fontSize' | 'fontWeight' = 'fontSize'): number => parseFloat(win.getComputedStyle(node)[prop]);

/** Every visible button, link and text box inside the page's elements, with its size, as readable lines when too small. */
function smallTargets(page: HostPage): string[] {
  const out: string[] = [];
  for (const el of page.doc.querySelectorAll(TAGS.join(','))) {
    for (const node of shadowElements(el.shadowRoot!)) {
      if (!node.matches('button, a[href], input:not([type=radio])') || node.closest('dialog:not([open])')) continue;
      const { width, height } = node.getBoundingClientRect();
      if (!width) continue;
      if (width < 44 || height < 44) out.push(`${el.localName}#${el.id} ${node.localName} "${node.textContent?.trim().slice(0, 30)}": ${width.toFixed(1)} × ${height.toFixed(1)}`);
    }
  }
  return out;
}

/** Opens the fixture for the tests of a `describe`, and closes it after them; returns a getter. */
function fixturePage(src: string): () => HostPage {
  let page: HostPage;
  before(async () => (page = await openPage({ src, width: 800, height: 900 })));
  after(() => page?.frame.remove());
  return () => page;
}

describe('host page: a WordPress theme with a 62.5 % root and a 1.6rem body (demo/wordpress.html)', () => {
  const opened = fixturePage('/demo/wordpress.html');
  let page: HostPage;
  beforeEach(() => (page = opened()));

  it('the elements’ text is the body’s 16 px, with no setting', () => {
    for (const id of ['#quiz', '#faq', '#cta', '#banner']) expect(px(page.win, page.$(id)), id).to.equal(16);
  });

  it('every button and link, the quiz’s crisis links first, is at least 44 × 44 px: start, question and crisis screens', async () => {
    const quiz = page.$('#quiz');
    expect(smallTargets(page), 'start screen').to.deep.equal([]);
    await clickThrough(quiz, CRISIS);
    expect(part(quiz, 'crisis-link'), 'the crisis screen').to.not.equal(null);
    expect(smallTargets(page), 'crisis screen').to.deep.equal([]);
    await clickThrough(quiz, [0]);
    expect(part(quiz, 'next'), 'a question').to.not.equal(null);
    expect(smallTargets(page), 'a question').to.deep.equal([]);
  });

  it('and still at 200 % text', async () => {
    page.doc.documentElement.style.fontSize = '125%';
    try {
      expect(px(page.win, page.$('#cta'))).to.equal(32);
      expect(smallTargets(page)).to.deep.equal([]);
    } finally {
      page.doc.documentElement.style.fontSize = '';
    }
  });

  it('the theme’s *:focus outline draws no box around an element when focus is inside it: only the kit’s ring shows', async function () {
    // The cause: the shadow host matches :focus while focus is inside its shadow root.
    const quiz = page.$('#quiz');
    const targets = [
      part(page.$('#cta'), 'button'),
      part(page.$('#faq'), 'button'),
      part(page.$('#banner'), 'button'),
      quiz.shadowRoot!.querySelector<HTMLElement>('button, a[href]')!,
    ];
    // By keyboard first (a key press gives the page focus, so :focus matches in every engine):
    // the focused control has the kit's 3 px ring, and its element no theme outline.
    [...page.$('#faq').shadowRoot!.querySelectorAll<HTMLElement>('[part=button]')].pop()!.focus();
    await sendKeys({ press: 'Tab' });
    const focused = page.$('#cta').shadowRoot!.activeElement!;
    expect(focused, 'Tab came back to the booking button').to.equal(targets[0]);
    expect(page.win.getComputedStyle(focused).outlineWidth).to.equal('3px');
    // :focus matches only in a focused window; a busy run can leave the test tab unfocused.
    if (!page.doc.hasFocus()) this.skip();
    for (const target of targets) {
      const host = (target.getRootNode() as ShadowRoot).host;
      target.focus();
      expect(host.matches(':focus'), `${host.id} matches :focus`).to.equal(true);
      expect(page.win.getComputedStyle(host).outlineStyle, `#${host.id}`).to.equal('none');
    }
  });
});

describe('host page: the WordPress theme with an 18 px body (demo/wordpress.html?body=18)', () => {
  const opened = fixturePage('/demo/wordpress.html?body=18');
  let page: HostPage;
  beforeEach(() => (page = opened()));

  it('the elements’ text follows the page: 18 px', () => {
    const { win, $ } = page;
    for (const id of ['#quiz', '#faq', '#cta', '#banner']) expect(px(win, $(id)), id).to.equal(18);
    expect(px(win, part($('#banner'), 'description')), 'banner text').to.equal(18);
    expect(px(win, part($('#quiz'), 'intro')), 'quiz intro').to.equal(18);
  });

  it('headings take the page’s heading font, and their weight from --cw-heading-weight', async () => {
    const { win, $ } = page;
    const pageHeading = win.getComputedStyle(page.doc.querySelector('h2')!).fontFamily;
    const headings = [part($('#banner'), 'heading'), part($('#quiz'), 'heading')];
    for (const heading of headings) expect(win.getComputedStyle(heading).fontFamily).to.equal(pageHeading);
    expect(headings.map((h) => win.getComputedStyle(h).fontWeight)).to.deep.equal(['700', '700']);
    page.doc.body.style.setProperty('--cw-heading-weight', '400');
    try {
      expect(headings.map((h) => win.getComputedStyle(h).fontWeight)).to.deep.equal(['400', '400']);
    } finally {
      page.doc.body.style.removeProperty('--cw-heading-weight');
    }
  });
});
