// Every embed snippet the README shows (docs/snippets/*.html) pasted into a blank page,
// with its script src pointed at the built module, renders working elements.
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { hasPart, text } from './support/helpers.js';
import { CRISIS, clickThrough } from './support/quiz-paths.js';
import { kitTags } from './support/manifest.js';
import { until } from './support/wait.js';

const SNIPPETS = [
  'plain-html.html',
  'wordpress-custom-html.html',
  'wordpress-details.html',
  'squarespace-code-block.html',
  'squarespace-code-injection.html',
  'strict-csp.html',
];
const TAGS = await kitTags();

async function load(name: string) {
  const source = await (await fetch(`/docs/snippets/${name}`)).text();
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  const violations: string[] = [];
  const errors: string[] = [];
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  // Served as a page of its own (see web-test-runner.config.mjs), the script pointed at dist/.
  frame.src = `/snippet/${name}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  win.document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
  win.addEventListener('error', (e) => errors.push(e.message));
  return { frame, doc: win.document, win, source, violations, errors };
}

describe('README embed snippets', () => {
  it('no snippet has a tag inside an HTML comment (WordPress shows such a comment as text to Authors)', async () => {
    const tagged = [];
    for (const name of SNIPPETS) {
      const source = await (await fetch(`/docs/snippets/${name}`)).text();
      for (const [comment] of source.matchAll(/<!--[\s\S]*?-->/g)) if (/<\/?[a-z]/i.test(comment.slice(4, -3))) tagged.push(`${name}: ${comment.slice(0, 60)}`);
    }
    expect(tagged).to.deep.equal([]);
  });

  it('plain-html.html: the booking button follows the quiz, and no booking pitch sits beside its crisis screen', async () => {
    const { frame, doc, win } = await load('plain-html.html');
    try {
      await until(() => win.customElements.get('booking-cta') && win.customElements.get('therapy-coaching-quiz'), 'elements registered');
      const quiz = doc.querySelector<LitElement>('therapy-coaching-quiz')!;
      const cta = doc.querySelector<LitElement>('booking-cta')!;
      expect(cta.getAttribute('for')).to.equal(quiz.id);
      await quiz.updateComplete;
      await cta.updateComplete;
      const visible = () => cta.getBoundingClientRect().height > 0 && !!cta.shadowRoot!.querySelector('a[href]');
      expect(visible(), 'the booking button shows before the quiz').to.equal(true);
      await clickThrough(quiz, CRISIS);
      expect(hasPart(quiz, 'crisis'), 'the crisis screen').to.equal(true);
      await cta.updateComplete;
      expect(visible(), 'the page’s booking button steps aside').to.equal(false);
    } finally {
      frame.remove();
    }
  });

  for (const name of SNIPPETS) {
    it(`${name} loads the kit with one module script and renders its elements`, async () => {
      const { frame, doc, win, source, violations, errors } = await load(name);
      try {
        expect(source.match(/<script type="module" src="[^"]+clinic-widgets\.js"><\/script>/g)).to.have.length(1);
        // WordPress's HTML filter breaks a comment that holds tags, and its text shows on the page.
        if (name.startsWith('wordpress-')) expect(source, 'an HTML comment in a WordPress snippet').not.to.include('<!--');
        const present = TAGS.filter((tag) => doc.querySelector(tag));
        await until(() => present.every((tag) => win.customElements.get(tag)), 'elements registered');
        for (const tag of present) {
          const el = doc.querySelector<LitElement>(tag)!;
          await el.updateComplete;
          expect(el.shadowRoot, tag).to.exist;
          expect(text(el.shadowRoot), `${tag} renders text`).not.to.equal('');
        }
        if (name === 'squarespace-code-injection.html') expect(win.customElements.get('booking-cta')).to.be.a('function');
        if (name === 'wordpress-details.html') {
          const questions = [...doc.querySelector('faq-accordion')!.shadowRoot!.querySelectorAll('button[aria-expanded]')];
          expect(questions.map(text)).to.deep.equal([
            'Do you offer a free consultation?',
            'Are online sessions available?',
          ]);
          expect(doc.querySelector('a[href="/contact/"]')).to.exist;
        }
        expect(violations, 'CSP violations').to.deep.equal([]);
        expect(errors, 'errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
