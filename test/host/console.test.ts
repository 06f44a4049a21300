// What the built module says in the console (docs/troubleshooting.md, "Check in the console"):
// one info line naming its version on every page, no warning on a correct page, and on a page
// with none of the kit's elements a note only when the address has ?clinic-widgets-debug.
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, type Probe } from './support.js';

const { version } = (await (await fetch('/package.json')).json()) as { version: string };
const NO_ELEMENTS = '/test/host/pages/no-elements.html';
const ONE_ELEMENT = '/test/host/pages/one-element.html';

/**
 * Opens the page at `src` (without one, the host page with every element), waits until it has
 * loaded and said its version line, runs `check` on what the page's console received, and
 * removes the page whatever the check finds.
 */
async function onPage(src: string | undefined, check: (probe: Probe) => void) {
  const page = await openPage({ src });
  try {
    // The version line is said from a timer task just after the module runs (see src/shared/define.ts).
    await waitUntil(() => page.doc.readyState === 'complete' && page.probe.info.length, 'the page loaded', { timeout: 5000 });
    // The debug check runs on the load event: one more frame for it to speak.
    await new Promise((resolve) => page.win.requestAnimationFrame(() => setTimeout(resolve, 50)));
    check(page.probe);
  } finally {
    page.frame.remove();
  }
}

describe('host page: the console', () => {
  // Pages on which the console shows the version line and nothing else.
  const quiet = [
    { name: 'a page with the elements: one line naming the version, nothing else', src: undefined },
    { name: 'a page without them: the version line, and no note unless asked', src: NO_ELEMENTS },
    { name: 'a page with them, with ?clinic-widgets-debug: no note', src: `${ONE_ELEMENT}?clinic-widgets-debug` },
  ];
  for (const { name, src } of quiet) {
    it(name, () =>
      onPage(src, (probe) => {
        expect(probe.info).to.deep.equal([`clinic-widgets ${version}`]);
        expect(probe.console).to.deep.equal([]);
      }));
  }

  it('a page without them, with ?clinic-widgets-debug: one note naming the tags it looked for', () =>
    onPage(`${NO_ELEMENTS}?clinic-widgets-debug`, (probe) => {
      expect(probe.console).to.have.length(1);
      expect(probe.console[0]).to.include('has no <faq-accordion>, <therapy-coaching-quiz>, <booking-cta>');
    }));
});
