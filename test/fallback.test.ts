// The quick-start snippet (docs/snippets/plain-html.html) carries content inside each element
// for visitors whose browser never runs the module: a wrong script path, an old browser, a
// blocked file. With the path broken, a visitor can still book, read the FAQs and see 9-8-8;
// with it right, the module's rendering replaces that content (none of it shows twice), and
// the quiz takes none of its text as configuration.
import { expect, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';

const BOOK = 'https://yourclinic.janeapp.com/';
const TAGS = ['therapy-coaching-quiz', 'faq-accordion', 'booking-cta'];

async function open(query = ''): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; doc: Document; warnings: string[] }> {
  const frame = document.createElement('iframe');
  Object.assign(frame.style, { width: '800px', height: '900px', border: '0' });
  const loaded = new Promise((resolve) => (frame.onload = resolve));
  frame.src = `/snippet/plain-html.html${query}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const warnings: string[] = [];
  const warn = win.console.warn;
  win.console.warn = (...args: unknown[]) => (warnings.push(args.join(' ')), warn.apply(win.console, args));
  return { frame, win, doc: win.document, warnings };
}

/** Whether a person sees the node: it has a box with an area, and nothing hides it (a closed <details>, visibility). */
const seen = (node: Element): boolean => {
  const rects = [...node.getClientRects()];
  const visible = node.checkVisibility ? node.checkVisibility({ contentVisibilityAuto: false, visibilityProperty: true }) : true;
  return visible && rects.some((r) => r.width > 0 && r.height > 0);
};

describe('quick-start snippet: the content inside each element', () => {
  it('with the script path broken, a visitor can still book, read the FAQs and see 9-8-8', async () => {
    const { frame, win, doc } = await open('?broken');
    try {
      // The module never arrives: give the browser time to try, and see it did not.
      const script = doc.querySelector('script[type=module]')!;
      await new Promise((resolve) => (script.addEventListener('error', resolve), setTimeout(resolve, 2000)));
      expect(TAGS.filter((tag) => win.customElements.get(tag)), 'nothing was defined').to.deep.equal([]);

      const bookingLinks = [...doc.querySelectorAll(`booking-cta a[href="${BOOK}"], therapy-coaching-quiz a[href="${BOOK}"]`)];
      expect(bookingLinks.map((a) => a.textContent.trim())).to.deep.equal(['Book a consultation', 'Book a consultation']);
      expect(bookingLinks.every(seen), 'the booking links show').to.equal(true);

      const crisis = doc.querySelector('therapy-coaching-quiz a[href="tel:988"]');
      expect(crisis?.textContent).to.equal('9-8-8');
      expect(seen(crisis!), '9-8-8 shows').to.equal(true);

      const questions = [...doc.querySelectorAll('faq-accordion > details > summary')];
      expect(questions, 'five questions').to.have.length(5);
      expect(questions.every(seen), 'the questions show').to.equal(true);
      const first = questions[0].parentElement as HTMLDetailsElement;
      const answer = first.querySelector('p')!;
      expect(seen(answer), 'answers closed at first').to.equal(false);
      (questions[0] as HTMLElement).click();
      expect(first.open).to.equal(true);
      expect(seen(answer), 'an opened answer shows').to.equal(true);
      expect(answer.textContent).to.include('Therapy focuses on healing');
    } finally {
      frame.remove();
    }
  });

  it('with the script loaded, the elements replace it: no fallback shows, nothing warns, the quiz keeps its own start screen', async () => {
    const { frame, win, doc, warnings } = await open();
    try {
      await waitUntil(() => TAGS.every((tag) => win.customElements.get(tag)), 'elements defined', { timeout: 8000 });
      const [quiz, faq, cta] = TAGS.map((tag) => doc.querySelector<LitElement>(tag)!);
      await Promise.all([quiz, faq, cta].map((el) => el.updateComplete));

      expect(seen(quiz.querySelector('p')!), 'the quiz sentence is gone').to.equal(false);
      expect(seen(cta.querySelector('a')!), 'the plain booking link is gone').to.equal(false);
      expect(seen(faq.querySelector('summary')!), 'the plain questions are gone').to.equal(false);

      // One booking link a visitor can see in the booking button, the module's own.
      const button = cta.shadowRoot!.querySelector('[part~=button]')!;
      expect(seen(button)).to.equal(true);
      expect(button.getAttribute('href')).to.equal(BOOK);
      // The quiz shows its own start screen (with the crisis line), not the sentence.
      const start = quiz.shadowRoot!.querySelector('[part~=start]')!;
      expect(seen(start)).to.equal(true);
      expect(quiz.shadowRoot!.textContent).not.to.include('Not sure whether therapy or coaching');
      expect(quiz.shadowRoot!.querySelector('[part~=crisis-line]')!.textContent).to.include('9-8-8');
      // The FAQ shows the five questions as its buttons.
      const buttons = [...faq.shadowRoot!.querySelectorAll('[part~=button]')];
      expect(buttons.map((b) => b.textContent.trim())).to.have.length(5);
      expect(buttons[0].textContent).to.include('biggest difference');
      expect(warnings, 'console warnings').to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
