// The built module on a page with aggressive global CSS: Bootstrap 5, then rules on `*` and on
// every common tag (test/host/pages/hostile.css). The elements keep their own look; only what
// is inherited by design (font family, text colour, and font size through `*`) comes through.
import { expect } from '@open-wc/testing';
import { part, shadowElements } from '../support/helpers.js';
import { elementsOf, openPage, overflowing, type HostPage } from './support.js';

const HOSTILE = `<link rel="stylesheet" href="/node_modules/bootstrap/dist/css/bootstrap.min.css">
  <link rel="stylesheet" href="/test/host/pages/hostile.css">`;
const ACCENT = 'rgb(47, 111, 115)';
const TRANSPARENT = 'rgba(0, 0, 0, 0)';
/** Properties the page must not change inside the elements (none is inherited or a length). */
const OWN = ['display', 'position', 'float', 'border-top-style', 'text-decoration-line', 'text-transform', 'font-weight', 'visibility'];

/** A stable key for each rendered node: element id, then its path in the shadow tree. */
function snapshot(doc: Document) {
  const out: Record<string, string> = {};
  for (const el of elementsOf(doc)) {
    shadowElements(el.shadowRoot!).forEach((node, i) => {
      if (node.localName === 'style' || node.localName === 'slot') return;
      const style = node.ownerDocument.defaultView!.getComputedStyle(node);
      out[`#${el.id} ${i} ${node.localName}${node.getAttribute('part') ? `[part=${node.getAttribute('part')}]` : ''}`] = OWN.map(
        (p) => `${p}: ${style.getPropertyValue(p)}`,
      ).join('; ');
    });
  }
  return out;
}

describe('host page: Bootstrap 5 and hostile global CSS', () => {
  let plain: HostPage;
  let hostile: HostPage;
  before(async () => {
    plain = await openPage();
    hostile = await openPage({ head: HOSTILE });
  });
  after(() => {
    plain?.frame.remove();
    hostile?.frame.remove();
  });

  it('the stylesheets are really applied to the page', () => {
    const { win, doc } = hostile;
    expect(win.getComputedStyle(doc.querySelector('main')!).maxWidth, 'Bootstrap .container').to.not.equal('none');
    expect(win.getComputedStyle(doc.querySelector('main > p')!).fontSize).to.equal('30px');
    expect(win.getComputedStyle(doc.querySelector('main > p')!).backgroundColor).to.equal('rgb(255, 0, 0)');
  });

  it('every rendered part keeps its own display, box model, borders, weight and decoration', () => {
    const before = snapshot(plain.doc);
    const after = snapshot(hostile.doc);
    expect(Object.keys(after)).to.deep.equal(Object.keys(before));
    const changed = Object.keys(before).filter((key) => before[key] !== after[key]);
    expect(
      changed.map((key) => `${key}\n  plain:   ${before[key]}\n  hostile: ${after[key]}`),
      'parts the page restyled',
    ).to.deep.equal([]);
  });

  it('buttons and links keep their colours: accent buttons are not red, FAQ questions stay transparent', () => {
    const { $ } = hostile;
    const quiz = $('#quiz');
    const start = hostile.win.getComputedStyle(part(quiz, 'start'));
    expect(start.backgroundColor).to.equal(ACCENT);
    expect(start.color).to.equal('rgb(255, 255, 255)');
    for (const id of ['#faq', '#builtin']) {
      for (const button of $(id).shadowRoot!.querySelectorAll('[part~=button]')) {
        const style = hostile.win.getComputedStyle(button);
        expect(style.backgroundColor, button.textContent).to.equal(TRANSPARENT);
        expect(style.borderTopStyle).to.equal('none');
      }
    }
    for (const id of ['#cta', '#banner', '#dialog', '#floating']) {
      const link = part($(id), 'button');
      expect(link.getAttribute('href'), id).to.match(/^(https:|\/)/);
      expect(hostile.win.getComputedStyle(link).backgroundColor, id).to.equal(ACCENT);
    }
    for (const summary of hostile.doc.querySelectorAll('faq-accordion summary')) {
      expect(hostile.win.getComputedStyle(summary).display, 'a taken-over <summary> stays hidden').to.equal('none');
    }
    const search = part($('#faq'), 'search');
    expect(hostile.win.getComputedStyle(search).borderTopStyle).to.equal('solid');
    expect(hostile.win.getComputedStyle(search).backgroundColor).to.equal(TRANSPARENT);
  });

  it('inside, everything is border-box, whatever box-sizing the page gives `*`', () => {
    for (const el of elementsOf(hostile.doc)) {
      for (const node of shadowElements(el.shadowRoot!)) {
        if (node.localName === 'style' || node.localName === 'slot') continue;
        expect(hostile.win.getComputedStyle(node).boxSizing, `#${el.id} ${node.localName}.${node.className}`).to.equal('border-box');
      }
    }
  });

  it('the inherited font family and text colour come through, as designed', () => {
    const { win, doc, $ } = hostile;
    const body = win.getComputedStyle(doc.body);
    expect(body.fontFamily).to.contain('Georgia');
    for (const node of [part($('#quiz'), 'intro'), part($('#builtin'), 'button'), part($('#banner'), 'description')]) {
      const style = win.getComputedStyle(node);
      expect(style.fontFamily, node.getAttribute('part')!).to.equal(body.fontFamily);
      expect(style.color, node.getAttribute('part')!).to.equal('rgb(51, 34, 17)');
    }
  });

  it('nothing sticks out of its element', () => {
    const fixed = hostile.$('#floating'); // fixed at a corner, out of the flow
    expect(elementsOf(hostile.doc).filter((el) => el !== fixed).flatMap(overflowing)).to.deep.equal([]);
  });

  it('the page and the module throw nothing and log nothing', () => {
    expect(hostile.probe.errors).to.deep.equal([]);
    expect(hostile.probe.console).to.deep.equal([]);
  });
});
