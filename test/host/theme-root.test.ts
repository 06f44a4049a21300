// Host pages that size or colour things differently from a plain page: a WordPress-style theme's
// `html { font-size: 62.5% }` (and the documented `--cw-font-size` answer to it), large text in a
// narrow window, and a dark page.
import { expect } from '@open-wc/testing';
import { part } from '../support/helpers.js';
import { openPage, overflowing, type HostPage } from './support.js';

const px = (win: Window, node: Element, prop: 'fontSize' | 'lineHeight' | 'paddingTop' | 'minHeight' = 'fontSize') => parseFloat(win.getComputedStyle(node)[prop]);

describe('host page: a theme with html { font-size: 62.5% }, and --cw-font-size: 1.6rem', () => {
  let page: HostPage;
  before(async () => {
    page = await openPage({
      head: '<style>html { font-size: 62.5%; --cw-font-size: 1.6rem; } body { font-size: 1.6rem; }</style>',
    });
    const quiz = page.$('#quiz');
    part(quiz, 'start').click();
    await quiz.updateComplete;
  });
  after(() => page?.frame.remove());

  it('the quiz’s progress, answers and buttons follow --cw-font-size, not the 10 px root', () => {
    const { win, $ } = page;
    const quiz = $('#quiz');
    expect(px(win, quiz)).to.equal(16);
    expect(px(win, part(quiz, 'progress')), 'progress').to.equal(14);
    expect(px(win, part(quiz, 'answer'), 'paddingTop'), 'answer padding').to.equal(8);
    expect(part(quiz, 'next').getBoundingClientRect().height, 'Next').to.be.at.least(44);
    expect(part($('#faq'), 'search').getBoundingClientRect().height, 'search box').to.be.at.least(44);
  });
});

describe('host page: text at 200 % in a narrow window', () => {
  it('the FAQ search box fits (no sideways scroll)', async () => {
    const page = await openPage({ head: '<style>html { font-size: 200%; }</style>', width: 360, height: 640 });
    try {
      // (The booking button's one long word, "consultation", may not fit 11 em in Firefox's wide serif.)
      expect(['#faq', '#builtin', '#quiz'].flatMap((id) => overflowing(page.$(id)))).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});

describe('host page: dark background', () => {
  it('a heading that receives focus draws no white halo', async () => {
    const page = await openPage({ head: '<style>:root { color-scheme: dark; } body { background: #111; color: #eee; }</style>' });
    try {
      const quiz = page.$('#quiz');
      part(quiz, 'start').click();
      await quiz.updateComplete;
      const heading = part(quiz, 'heading');
      heading.focus();
      expect(page.win.getComputedStyle(heading).boxShadow).to.equal('none');
      expect(page.win.getComputedStyle(heading).outlineStyle).to.equal('none');
    } finally {
      page.frame.remove();
    }
  });
});
