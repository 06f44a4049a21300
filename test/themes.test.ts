// The three looks of demo/themes.html, built only from --cw-* properties and ::part on the
// host page: each is accessible (contrast included), the dark one in a dark colour scheme,
// and forced colours (Windows high contrast) keep every control visible.
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';

let main: HTMLElement;
let link: HTMLLinkElement;

function section(name: string): HTMLElement {
  return main.querySelector(`.theme-${name}`)!;
}

describe('themes (demo/themes.html)', () => {
  before(async () => {
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/demo/themes.css' });
    const loaded = new Promise((resolve) => (link.onload = resolve));
    document.head.append(link);
    await loaded;
    const page = new DOMParser().parseFromString(await (await fetch('/demo/themes.html')).text(), 'text/html');
    main = document.importNode(page.querySelector('main')!, true);
    document.body.append(main);
    const all = [...main.querySelectorAll<HTMLElement & { updateComplete: Promise<boolean> }>('therapy-coaching-quiz, faq-accordion, booking-cta')];
    await Promise.all(all.map((el) => el.updateComplete));
    await waitUntil(() => all.every((el) => el.shadowRoot?.childElementCount));
  });
  after(() => {
    main.remove();
    link.remove();
  });

  for (const name of ['plain', 'dark', 'brand']) {
    it(`the ${name} look passes axe, colour contrast included`, async () => {
      await expect(section(name)).to.be.accessible();
    });
  }

  it('inherits the host font and text colour by default', () => {
    const quiz = section('plain').querySelector('therapy-coaching-quiz')!;
    const intro = quiz.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(intro).fontFamily).to.equal(getComputedStyle(section('plain')).fontFamily);
    expect(getComputedStyle(intro).color).to.equal(getComputedStyle(section('plain')).color);
  });

  it('the dark look takes its light text from the page and its accent from --cw-accent', () => {
    const dark = section('dark');
    const quiz = dark.querySelector('therapy-coaching-quiz')!;
    expect(getComputedStyle(quiz.shadowRoot!.querySelector('p')!).color).to.equal('rgb(232, 239, 237)');
    const start = quiz.shadowRoot!.querySelector('button')!;
    expect(getComputedStyle(start).backgroundColor).to.equal('rgb(143, 208, 196)');
  });

  it('the branded look reaches inside through ::part', () => {
    const cta = section('brand').querySelector('booking-cta')!;
    const button = cta.shadowRoot!.querySelector('[part~="button"]')!;
    expect(getComputedStyle(button).textTransform).to.equal('uppercase');
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(155, 44, 85)');
  });

  it('in forced colours every button and link keeps a visible border or text', async function () {
    // Only Chromium can emulate forced colours (through the DevTools protocol).
    if (!(await executeServerCommand('emulate-forced-colors', { active: true }))) this.skip();
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      let checked = 0;
      for (const el of main.querySelectorAll('therapy-coaching-quiz, faq-accordion, booking-cta')) {
        for (const control of el.shadowRoot!.querySelectorAll<HTMLElement>('button, a[href]')) {
          checked++;
          const style = getComputedStyle(control);
          const visible = style.borderTopStyle !== 'none' || style.color !== style.backgroundColor;
          expect(visible, `${el.localName} ${control.textContent?.trim()}`).to.equal(true);
        }
      }
      // Every look's quiz start, FAQ questions and booking buttons, not an empty loop.
      expect(checked, 'controls checked').to.be.above(10);
      // In forced colours the system chooses every colour; axe reads the author's colours,
      // so its contrast rule does not apply there. Everything else must still pass.
      await expect(section('dark')).to.be.accessible({ ignoredRules: ['color-contrast'] });
    } finally {
      await executeServerCommand('emulate-forced-colors', { active: false });
    }
  });
});
