// The FAQ's answers in the landmarks list, as a screen-reader user moving by landmarks meets them
// (NVDA's D key, the VoiceOver rotor): only open answers are regions, each named by its question,
// so no one lands on five named, empty regions; closed answers stay findable (hidden="until-found").
// Chromium keeps a hidden="until-found" box in its accessibility tree, so its own tree is read
// (a11ySnapshot: Chromium's driver only). The virtual screen reader runs in every engine, but it
// leaves such boxes out of its tree whatever their role, so it checks the open half: each open
// answer is reached by "next landmark" and named by its question. faq-accordion.test.ts checks
// the roles themselves in every engine.
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/index.js';
import type { FaqAccordion } from '../../src/index.js';
import { cleanKit } from '../support/clean-kit.js';
import { isChromium } from '../support/engine.js';
import { said, startScreenReader, stopScreenReader, virtual } from '../support/screen-reader.js';

const QUESTIONS = [
  'What’s the biggest difference between therapy and coaching?',
  'Can someone do both therapy and coaching at the same time?',
  'How do I know if I need a therapist instead of a coach?',
  'Are online sessions available for therapy or coaching?',
  'Does coaching involve any mental health diagnosis?',
];
const buttons = (el: FaqAccordion) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=button]')];

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}
const regionsIn = (node: AxNode): string[] => [
  ...(node.role === 'region' ? [node.name ?? ''] : []),
  ...(node.children ?? []).flatMap(regionsIn),
];

let warn: sinon.SinonStub;
beforeEach(() => (warn = cleanKit()));
afterEach(async () => {
  await stopScreenReader();
  warn.restore();
});

async function page() {
  const root = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <faq-accordion></faq-accordion>
  </div>`);
  const faq = root.querySelector<FaqAccordion>('faq-accordion')!;
  await faq.updateComplete;
  return { root, faq };
}

/** Every landmark the screen reader's "next landmark" key reaches from the top, in order. */
async function landmarks(root: HTMLElement): Promise<string[]> {
  root.querySelector<HTMLElement>('#before')!.focus();
  await said();
  const heard: string[] = [];
  for (let i = 0; i < 8; i++) {
    await virtual.perform(virtual.commands.moveToNextLandmark);
    const phrase = (await said()).join(' | ');
    if (!phrase || heard.includes(phrase)) break;
    heard.push(phrase);
  }
  return heard.filter((phrase) => /region/.test(phrase));
}

describe('FAQ answers in the landmarks list', () => {
  it('a screen reader moving by landmarks reaches each open answer, named by its question, and no closed one', async () => {
    const { root, faq } = await page();
    await startScreenReader(root);
    expect(await landmarks(root), 'all closed').to.deep.equal([]);
    faq.expandAll();
    await faq.updateComplete;
    expect(await landmarks(root), 'all open').to.deep.equal(QUESTIONS.map((q) => `region, ${q}`));
    buttons(faq)[1].click();
    await faq.updateComplete;
    // (The virtual cursor starts where it was, so the landmarks come round in another order.)
    expect(await landmarks(root), 'one closed again').to.have.members(QUESTIONS.filter((_q, i) => i !== 1).map((q) => `region, ${q}`));
    // The closed answer is still in the page for find-in-page, only out of the landmarks list.
    const closed = faq.shadowRoot!.getElementById(buttons(faq)[1].getAttribute('aria-controls')!)!;
    expect(closed.getAttribute('hidden')).to.be.oneOf(['until-found', '']);
    expect(closed.textContent).to.contain('a therapist for emotional healing');
  });

  it('Chromium’s accessibility tree has a region for each open answer only', async function () {
    if (!isChromium()) this.skip(); // a11ySnapshot needs the DevTools protocol (Chromium's driver only)
    const { faq } = await page();
    const regions = async () => regionsIn((await a11ySnapshot({})) as unknown as AxNode);
    expect(await regions(), 'all closed').to.deep.equal([]);
    buttons(faq)[3].click();
    await faq.updateComplete;
    expect(await regions(), 'one open').to.deep.equal([QUESTIONS[3]]);
    faq.expandAll();
    await faq.updateComplete;
    expect(await regions(), 'all open').to.deep.equal(QUESTIONS);
  });
});
