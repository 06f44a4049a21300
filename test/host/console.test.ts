// What the built module says in the console (docs/troubleshooting.md, "Check in the console"):
// one info line naming its version on every page, no warning on a correct page, and on a page
// with none of the kit's elements a note only when the address has ?clinic-widgets-debug.
import { expect, waitUntil } from '@open-wc/testing';
import { openPage } from './support.js';

const { version } = (await (await fetch('/package.json')).json()) as { version: string };

async function loaded(src: string) {
  const page = await openPage({ src });
  await waitUntil(() => page.doc.readyState === 'complete' && page.probe.info.length, 'the page loaded', { timeout: 5000 });
  // The debug check runs on the load event: one more frame for it to speak.
  await new Promise((resolve) => page.win.requestAnimationFrame(() => setTimeout(resolve, 50)));
  return page;
}

describe('host page: the console', () => {
  it('a page with the elements: one line naming the version, nothing else', async () => {
    const page = await openPage();
    try {
      // Said from a timer task just after the module runs (see src/shared/define.ts).
      await waitUntil(() => page.probe.info.length, 'the version line', { timeout: 5000 });
      expect(page.probe.info).to.deep.equal([`clinic-widgets ${version}`]);
      expect(page.probe.console).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a page without them: the version line, and no note unless asked', async () => {
    const page = await loaded('/test/host/pages/no-elements.html');
    try {
      expect(page.probe.info).to.deep.equal([`clinic-widgets ${version}`]);
      expect(page.probe.console).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('a page without them, with ?clinic-widgets-debug: one note naming the tags it looked for', async () => {
    const page = await loaded('/test/host/pages/no-elements.html?clinic-widgets-debug');
    try {
      expect(page.probe.console).to.have.length(1);
      expect(page.probe.console[0]).to.include('has no <faq-accordion>, <therapy-coaching-quiz>, <booking-cta>');
    } finally {
      page.frame.remove();
    }
  });

  it('a page with them, with ?clinic-widgets-debug: no note', async () => {
    const page = await loaded('/test/host/pages/one-element.html?clinic-widgets-debug');
    try {
      expect(page.probe.info).to.deep.equal([`clinic-widgets ${version}`]);
      expect(page.probe.console).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });
});
