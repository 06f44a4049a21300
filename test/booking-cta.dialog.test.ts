import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { BookingCta } from '../src/index.js';
import { cleanKit } from './support/clean-kit.js';
import { text } from './support/helpers.js';

const BOOK = 'https://calendly.com/clinic/consultation';
const $ = <T extends Element = HTMLElement>(el: BookingCta, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const button = (el: BookingCta) => $<HTMLAnchorElement>(el, '[part=button]')!;
const dialog = (el: BookingCta) => $<HTMLDialogElement>(el, 'dialog')!;

/** Opens the dialog like a visitor: focus the button, press Enter. */
async function open(el: BookingCta) {
  button(el).focus();
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => $(el, 'iframe'), 'the iframe appears');
}

describe('<booking-cta mode="dialog">', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  it('loads nothing before it is opened', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    expect(el.shadowRoot!.querySelector('iframe')).to.equal(null);
    expect(dialog(el).open).to.equal(false);
    expect(button(el).getAttribute('href')).to.equal(BOOK);
    expect(button(el).getAttribute('aria-haspopup')).to.equal('dialog');
    expect(text(button(el))).to.equal('Book a consultation');
    await expect(el).to.be.accessible();
  });

  it('opens a labelled modal with the booking page, a close button and "Open in a new tab"', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" label="Book with us" href=${BOOK}></booking-cta>`);
    await open(el);
    const modal = dialog(el);
    expect(modal.open).to.equal(true);
    expect(modal.matches(':modal')).to.equal(true);
    expect(modal.getAttribute('aria-label')).to.equal('Book with us');
    const iframe = $<HTMLIFrameElement>(el, 'iframe')!;
    expect(iframe.getAttribute('src')).to.equal(BOOK);
    expect(iframe.title).to.equal('Booking page');
    expect(modal.contains(iframe)).to.equal(true);
    const newTab = $<HTMLAnchorElement>(el, '[part=new-tab-link]')!;
    expect(text(newTab)).to.equal('Open in a new tab');
    expect(newTab.getAttribute('href')).to.equal(BOOK);
    expect(newTab.target).to.equal('_blank');
    expect(text($(el, '[part=close-button]'))).to.equal('Close');
    expect(modal.contains(el.shadowRoot!.activeElement)).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('closes with Escape, removes the iframe and returns focus to the button', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    await open(el);
    const closed = oneEvent(dialog(el), 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect($(el, 'iframe')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
    await expect(el).to.be.accessible();
  });

  it('closes with the close button (keyboard) and returns focus to the button', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    await open(el);
    $<HTMLButtonElement>(el, '[part=close-button]')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !dialog(el).open, 'the dialog closes');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('closes with a click on the close button, and stays open on a click inside it', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    await open(el);
    dialog(el).click();
    expect(dialog(el).open).to.equal(true);
    const closed = oneEvent(dialog(el), 'close');
    $<HTMLButtonElement>(el, '[part=close-button]')!.click();
    await closed;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect($(el, 'iframe') === null, 'the iframe is removed').to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button(el));
  });

  it('returns focus to the button on close even when the click that opened it did not focus it (Safari)', async () => {
    // Safari does not focus a link on a mouse click, so the browser's own "previously focused
    // element" is the page: the kit must put the keyboard back on the button itself.
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    (document.activeElement as HTMLElement | null)?.blur();
    button(el).click();
    await waitUntil(() => $(el, 'iframe'), 'the iframe appears');
    expect(dialog(el).open).to.equal(true);
    const closed = oneEvent(dialog(el), 'close');
    await sendKeys({ press: 'Escape' });
    await closed;
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    // A boolean, not the element: a failed equal() on a shadow-DOM element hangs the runner.
    expect(el.shadowRoot!.activeElement === button(el), 'focus is back on the booking button').to.equal(true);
  });

  it('lets ctrl-click, shift-click and middle-click go to the URL instead', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    const seen: boolean[] = [];
    el.addEventListener('click', (e) => (seen.push(e.defaultPrevented), e.preventDefault()));
    for (const init of [{ ctrlKey: true }, { shiftKey: true }, { metaKey: true }, { button: 1 }]) {
      button(el).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ...init }));
    }
    await el.updateComplete;
    expect(seen).to.deep.equal([false, false, false, false]);
    expect(dialog(el).open).to.equal(false);
    expect($(el, 'iframe')).to.equal(null);
  });

  it('does not open when booking-click is cancelled', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${BOOK}></booking-cta>`);
    el.addEventListener('booking-click', (e) => e.preventDefault());
    button(el).click();
    await el.updateComplete;
    expect(dialog(el).open).to.equal(false);
    expect($(el, 'iframe')).to.equal(null);
  });

  it('opens a tel: or mailto: href as a link, never in a dialog, with a warning', async () => {
    for (const href of ['tel:+17805550100', 'mailto:hello@clinic.example']) {
      const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href=${href}></booking-cta>`);
      expect($(el, 'dialog'), href).to.equal(null);
      expect(button(el).getAttribute('aria-haspopup')).to.not.equal('dialog');
      let prevented: boolean | undefined;
      el.addEventListener('click', (e) => ((prevented = e.defaultPrevented), e.preventDefault()));
      button(el).click();
      expect(prevented, 'the link is followed').to.equal(false);
    }
    expect(warn.getCalls().map((c) => String(c.args[0]))).to.deep.equal([
      '<booking-cta> mode: a dialog shows a web page; "tel:+17805550100" opens as a link.',
      '<booking-cta> mode: a dialog shows a web page; "mailto:hello@clinic.example" opens as a link.',
    ]);
  });

  it('has no dialog when the link is unsafe, and warns about an unknown mode', async () => {
    const el = await fixture<BookingCta>(html`<booking-cta mode="dialog" href="data:text/html,hi" email="a@b.example"></booking-cta>`);
    expect($(el, 'dialog')).to.equal(null);
    const popup = await fixture<BookingCta>(html`<booking-cta mode="popup" href=${BOOK}></booking-cta>`);
    expect($(popup, 'dialog')).to.equal(null);
    expect(button(popup).target).to.equal('_blank');
    expect(warn.getCalls().map((c) => String(c.args[0]))).to.deep.equal([
      '<booking-cta> href: "data:text/html,hi" is not a safe link (only http, https, tel, mailto and relative URLs); it was ignored.',
      '<booking-cta> mode: "popup" is not one of link, dialog; "link" is used.',
    ]);
  });
});
