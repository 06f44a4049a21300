import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/index.js';
import type { BookingCta, BookingClickDetail } from '../src/index.js';
import { cleanKit } from './support/clean-kit.js';
import { isWebKit } from './support/engine.js';
import { text } from './support/helpers.js';

const BOOK = 'https://clinic.janeapp.com/';
const $ = <T extends Element = HTMLElement>(el: BookingCta, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const button = (el: BookingCta) => $<HTMLAnchorElement>(el, '[part~=button]');
/** What a sighted visitor reads (visually hidden text excluded). */
const visible = (node: Element | null) => {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return text(copy ?? null);
};
/** Stops the test page from following the link, without cancelling `booking-click`. */
const stayHere = (el: BookingCta) => el.addEventListener('click', (e) => e.preventDefault());
/** True when nothing of the element is rendered: nothing to see, click or hear. */
const gone = (el: BookingCta) => !el.shadowRoot!.querySelector('*') && el.getBoundingClientRect().height === 0;

describe('<booking-cta>', () => {
  let warn: sinon.SinonStub;
  const warnings = () => warn.getCalls().map((c) => String(c.args[0]));

  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  describe('button (default variant)', () => {
    it('renders a real link styled as a button that says it opens a new tab', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href=${BOOK}></booking-cta>`);
      const link = button(el)!;
      expect(link.localName).to.equal('a');
      expect(link.getAttribute('href')).to.equal(BOOK);
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      expect(visible(link)).to.equal('Book a consultation');
      expect(text(link)).to.equal('Book a consultation (opens in a new tab)');
      expect(link.querySelector('.visually-hidden')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(getComputedStyle(link).backgroundColor).to.equal('rgb(47, 111, 115)');
      expect(warnings()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows label, phone as written (tel: link), email (mailto:) and "Online sessions available"', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta
        href=${BOOK}
        label="Book your first session"
        phone="(780) 555-0100"
        email="hello@clinic.example"
        online
      ></booking-cta>`);
      expect(visible(button(el))).to.equal('Book your first session');
      const [tel, mail] = el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part=contact] a');
      expect(text(tel)).to.equal('Call (780) 555-0100');
      expect(tel.getAttribute('href')).to.equal('tel:7805550100');
      expect(text(mail)).to.equal('Email hello@clinic.example');
      expect(mail.getAttribute('href')).to.equal('mailto:hello@clinic.example');
      expect(visible($(el, '[part=contact]'))).to.contain('Online sessions available');
      await expect(el).to.be.accessible();
    });

    it('an email written with its mailto: is shown and linked once, without the prefix', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href=${BOOK} email="mailto:hello@clinic.example"></booking-cta>`);
      const mail = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part=contact] a')!;
      expect([text(mail), mail.getAttribute('href')]).to.deep.equal(['Email hello@clinic.example', 'mailto:hello@clinic.example']);
      expect(warnings()).to.deep.equal([]);
    });

    it('opens in the same tab with target="_self", without the new-tab note', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href="/book" target="_self"></booking-cta>`);
      expect(button(el)!.target).to.equal('_self');
      expect(text(button(el))).to.equal('Book a consultation');
      await expect(el).to.be.accessible();
    });

    it('warns once about an unknown target or variant and uses the defaults', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href=${BOOK} target="_top" variant="popup"></booking-cta>`);
      expect(button(el)!.target).to.equal('_blank');
      expect($(el, '[part~=banner], .floating')).to.equal(null);
      el.label = 'Again';
      await el.updateComplete;
      expect(warnings()).to.have.length(2);
      expect(warnings()[0]).to.match(/^<booking-cta> (target|variant): /);
      expect(warnings().join()).to.contain('"_top"').and.contain('"popup"');
    });

    it('is reached with Tab and activated with Enter', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href=${BOOK}></booking-cta>`);
      const clicks: BookingClickDetail[] = [];
      el.addEventListener('booking-click', (e) => {
        clicks.push(e.detail);
        e.preventDefault();
      });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
      await sendKeys({ press: 'Enter' });
      expect(clicks).to.deep.equal([{ href: BOOK, service: '', variant: 'button' }]);
    });

    it('shows markup in attributes and string overrides as text', async () => {
      const evil = '<img src=x onerror="window.hacked=1">';
      const el = await fixture<BookingCta>(html`<booking-cta
        href=${BOOK}
        label=${evil}
        phone="780 555 0100"
        strings=${JSON.stringify({ phone: `${evil} {phone}` })}
      ></booking-cta>`);
      expect(visible(button(el))).to.equal(evil);
      expect(text($(el, '[part=contact] a'))).to.equal(`${evil} 780 555 0100`);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect((window as { hacked?: number }).hacked).to.equal(undefined);
    });

    it('takes any string from the strings attribute and warns about unknown keys', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta
        href=${BOOK}
        strings='{"label": "Réserver une consultation", "newTab": "(nouvel onglet)", "nope": "x"}'
      ></booking-cta>`);
      expect(text(button(el))).to.equal('Réserver une consultation (nouvel onglet)');
      expect(warnings()).to.deep.equal(['<booking-cta> strings: unknown key "nope" was ignored.']);
    });
  });

  describe('unsafe or missing href', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      '  javascript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '&#106;avascript:alert(1)',
      'javascript&colon;alert(1)',
    ];
    for (const href of unsafe) {
      it(`refuses ${JSON.stringify(href)} with one warning and shows the phone fallback`, async () => {
        const el = await fixture<BookingCta>(html`<booking-cta .href=${href} phone="780-555-0100"></booking-cta>`);
        el.label = 'again';
        await el.updateComplete;
        expect(el.shadowRoot!.querySelectorAll('a')).to.have.length(1);
        expect(button(el)).to.equal(null);
        expect($(el, '[part=contact] a')!.getAttribute('href')).to.equal('tel:7805550100');
        expect(warnings()).to.have.length(1);
        expect(warnings()[0]).to.match(/^<booking-cta> href: .*not a safe link/);
        await expect(el).to.be.accessible();
      });
    }

    it('renders nothing, with a warning, when there is neither a safe link nor a phone or email', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href="javascript:alert(1)" variant="banner"></booking-cta>`);
      expect(gone(el)).to.equal(true);
      expect(warnings()).to.have.length(1);
      const empty = await fixture<BookingCta>(html`<booking-cta></booking-cta>`);
      expect(gone(empty)).to.equal(true);
      expect(warnings()[1]).to.equal('<booking-cta> href: missing, and no phone or email either; nothing is shown.');
      await expect(empty).to.be.accessible();
    });

    it('falls back to email only, and ignores a phone without digits or an invalid email with a warning', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta phone="call us" email="hello@clinic.example"></booking-cta>`);
      const links = el.shadowRoot!.querySelectorAll('a');
      expect(links).to.have.length(1);
      expect(links[0].getAttribute('href')).to.equal('mailto:hello@clinic.example');
      expect(warnings()).to.deep.equal(['<booking-cta> phone: "call us" has no number to call; it was ignored.']);
      const bad = await fixture<BookingCta>(html`<booking-cta email="not an email"></booking-cta>`);
      expect(gone(bad)).to.equal(true);
      expect(warnings()[1]).to.match(/^<booking-cta> email: /);
    });

    it('gives no broken email link for an address with spaces in it (an @ alone is not enough)', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href="/book" email="hello @ clinic dot ca"></booking-cta>`);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['/book']);
      expect(warnings()).to.deep.equal(['<booking-cta> email: "hello @ clinic dot ca" is not an email address; it was ignored.']);
    });
  });

  describe('banner', () => {
    it('shows a heading, a line of text, the button and the contact line', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta
        variant="banner"
        href=${BOOK}
        phone="780.555.0100"
        email="hello@clinic.example"
        online
      ></booking-cta>`);
      const heading = $(el, 'h2[part=heading]')!;
      expect(visible(heading)).to.equal('Ready to take the first step?');
      expect(visible($(el, '[part=description]'))).to.contain('No pressure, no judgment.');
      expect(button(el)).to.not.equal(null);
      expect(visible($(el, '[part=contact]'))).to.equal(
        'Call 780.555.0100 Email hello@clinic.example Online sessions available',
      );
      expect($(el, '[part~=banner]')).to.equal($(el, '[part~=base]'));
      await expect(el).to.be.accessible();
    });

    it('takes the heading, description and icon from slots', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta variant="banner" href=${BOOK}>
        <span slot="heading">Talk to us</span>
        <span slot="description">Free 20-minute call.</span>
        <svg slot="icon" aria-hidden="true" width="16" height="16"></svg>
      </booking-cta>`);
      const slotted = (name: string) =>
        $<HTMLSlotElement>(el, `slot[name=${name}]`)!.assignedElements().map((node) => text(node));
      expect(slotted('heading')).to.deep.equal(['Talk to us']);
      expect(slotted('description')).to.deep.equal(['Free 20-minute call.']);
      expect(button(el)!.querySelector('slot[name=icon]')).to.not.equal(null);
      expect(el.querySelector('[slot=heading]')!.closest('booking-cta')).to.equal(el);
      expect(el.querySelector<HTMLElement>('[slot=heading]')!.offsetParent).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });

  describe('floating', () => {
    let resized = false;
    async function viewport(context: Mocha.Context, width: number) {
      if (isWebKit()) context.skip(); // WebKit's WebDriver cannot resize
      await setViewport({ width, height: 640 });
      resized = true;
    }
    afterEach(async () => {
      if (resized) await setViewport({ width: 800, height: 600 });
      resized = false;
    });

    it('is a pill fixed at the bottom-right corner, or bottom-left with position', async function () {
      await viewport(this, 1024);
      const el = await fixture<BookingCta>(html`<booking-cta variant="floating" href=${BOOK}></booking-cta>`);
      const pill = $(el, '[part~=base]')!;
      expect(getComputedStyle(pill).position).to.equal('fixed');
      const box = pill.getBoundingClientRect();
      expect(innerWidth - box.right).to.be.within(8, 24);
      expect(innerHeight - box.bottom).to.be.within(8, 24);
      el.position = 'bottom-left';
      await el.updateComplete;
      expect(pill.getBoundingClientRect().left).to.be.within(8, 24);
      await expect(el).to.be.accessible();
    });

    it('warns about an unknown position and uses bottom-right', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta variant="floating" position="top" href=${BOOK}></booking-cta>`);
      const pill = $(el, '[part~=base]')!.getBoundingClientRect();
      expect(innerWidth - pill.right, 'at the right edge').to.be.within(4, 24);
      expect(innerHeight - pill.bottom, 'at the bottom edge').to.be.within(4, 24);
      expect(warnings()).to.deep.equal(['<booking-cta> position: "top" is not one of bottom-right, bottom-left; "bottom-right" is used.']);
    });

    it('can be dismissed for this page view, without storing anything', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta variant="floating" href=${BOOK}></booking-cta>`);
      const dismiss = $<HTMLButtonElement>(el, '[part=dismiss-button]')!;
      expect(dismiss.getAttribute('aria-label')).to.equal('Hide the booking button');
      dismiss.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(gone(el)).to.equal(true);
      await expect(el).to.be.accessible();
      expect(sessionStorage.length).to.equal(0);
      const again = await fixture<BookingCta>(html`<booking-cta variant="floating" href=${BOOK}></booking-cta>`);
      expect(gone(again)).to.equal(true);
      const inline = await fixture<BookingCta>(html`<booking-cta href=${BOOK}></booking-cta>`);
      expect(button(inline)).to.not.equal(null);
    });

    it('remembers the dismissal for the session with remember-dismiss', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta variant="floating" remember-dismiss href=${BOOK}></booking-cta>`);
      $<HTMLButtonElement>(el, '[part=dismiss-button]')!.click();
      await el.updateComplete;
      expect(gone(el)).to.equal(true);
      expect(sessionStorage.getItem('clinic-widgets:booking-cta-dismissed')).to.equal('1');
    });

    it('is dismissed with a mouse click too, and stores nothing, cookies included', async () => {
      const stored = () => [sessionStorage.length, localStorage.length, document.cookie];
      const before = stored();
      const el = await fixture<BookingCta>(html`<booking-cta variant="floating" href=${BOOK}></booking-cta>`);
      $<HTMLButtonElement>(el, '[part=dismiss-button]')!.click();
      await el.updateComplete;
      expect(gone(el)).to.equal(true);
      expect(stored()).to.deep.equal(before);
    });

    it('shows the phone fallback in the pill when the link is unsafe', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta variant="floating" href="vbscript:x" phone="780 555 0100"></booking-cta>`);
      expect(button(el)).to.equal(null);
      expect(text($(el, '[part=contact] a'))).to.equal('Call 780 555 0100');
      await expect(el).to.be.accessible();
    });

    it('a pill of contact lines keeps them off its rounded edge, even stacked on a narrow screen', async function () {
      await viewport(this, 360);
      const el = await fixture<BookingCta>(
        html`<booking-cta variant="floating" phone="780 555 0100" email="hello@maplegrovecounselling.ca" online></booking-cta>`,
      );
      const pill = $(el, '[part~=base]')!.getBoundingClientRect();
      const links = [...el.shadowRoot!.querySelectorAll('[part=contact] a')].map((a) => a.getBoundingClientRect());
      expect(links[1].top, 'the lines are stacked').to.be.at.least(links[0].bottom);
      expect(links[0].top - pill.top, 'room above the first line').to.be.at.least(8);
      expect(links[0].left - pill.left, 'room left of the lines').to.be.at.least(16);
    });
  });

  describe('forgiving input', () => {
    it('reads enumerated values in any case: variant="Banner", position="Bottom-Left", mode="Dialog", target="_SELF"', async () => {
      const banner = await fixture<BookingCta>(html`<booking-cta variant="Banner" target="_SELF" href=${BOOK}></booking-cta>`);
      expect(visible($(banner, '[part=heading]'))).to.equal('Ready to take the first step?');
      expect(button(banner)!.target).to.equal('_self');
      const dialog = await fixture<BookingCta>(html`<booking-cta mode="Dialog" href=${BOOK}></booking-cta>`);
      expect(button(dialog)!.getAttribute('aria-haspopup')).to.equal('dialog');
      const pill = await fixture<BookingCta>(html`<booking-cta variant=" FLOATING " position="Bottom-Left" href=${BOOK}></booking-cta>`);
      expect($(pill, '[part~=base]')!.getBoundingClientRect().left, 'at the left edge').to.be.within(4, 24);
      expect(warnings()).to.deep.equal([]);
    });

    it('warns once at load about a misspelled attribute, with the closest real name', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta
        varient="banner"
        herf=${BOOK}
        phone_number="780-555-0142"
        bookingurl="/book"
        href=${BOOK}
        id="cta"
        class="x"
        aria-describedby="x"
        data-tracking="x"
        onclick="void 0"
        data-layer
        remember-dismiss
        service-param="s"
        for="quiz"
      ></booking-cta>`);
      el.label = 'again';
      await el.updateComplete;
      // One warning each (the attribute order is the template's, not the page's).
      expect(warnings()).to.have.length(4);
      expect(warnings()).to.have.members([
        '<booking-cta> varient: `varient` is not an attribute of <booking-cta>; did you mean `variant`?',
        '<booking-cta> herf: `herf` is not an attribute of <booking-cta>; did you mean `href`?',
        '<booking-cta> phone_number: `phone_number` is not an attribute of <booking-cta>; did you mean `phone`?',
        '<booking-cta> bookingurl: `bookingurl` is not an attribute of <booking-cta>; its attributes are ' +
          '`strings`, `href`, `label`, `phone`, `email`, `online`, `variant`, `position`, `target`, `mode`, `utm`, `for`, ' +
          '`service-param`, `service`, `data-layer`, `remember-dismiss`.',
      ]);
    });

    const PHONES = [
      // [as written, shown, called, warning]: a look-alike letter in the digits is a typo; a vanity number's word is not.
      ['780-555-O142', '780-555-0142', 'tel:7805550142', '<booking-cta> phone: "780-555-O142" has a letter inside its digits; did you mean "780-555-0142"? That number is shown and called.'],
      ['1-800-273-TALK', '1-800-273-TALK', 'tel:18002738255', undefined],
    ] as const;
    for (const [written, shown, called, warning] of PHONES) {
      it(`phone="${written}": shows "${shown}", calls ${called}, ${warning ? 'with a warning that suggests the digit' : 'without a warning'}`, async () => {
        const el = await fixture<BookingCta>(html`<booking-cta href=${BOOK} phone=${written}></booking-cta>`);
        const tel = $<HTMLAnchorElement>(el, '[part=contact] a')!;
        expect(tel.getAttribute('href')).to.equal(called);
        expect(text(tel)).to.equal(`Call ${shown}`);
        expect(warnings()).to.deep.equal(warning ? [warning] : []);
      });
    }
  });

  describe('booking-click and the data layer', () => {
    afterEach(() => delete (window as { dataLayer?: unknown }).dataLayer);

    it('fires booking-click with href, service and variant; cancelling it stops the navigation', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta variant="banner" service="coaching" href=${BOOK}></booking-cta>`);
      let detail: BookingClickDetail | undefined;
      document.addEventListener('booking-click', (e) => ((detail = e.detail), e.preventDefault()), { once: true });
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      button(el)!.dispatchEvent(click);
      expect(detail).to.deep.equal({ href: BOOK, service: 'coaching', variant: 'banner' });
      expect(click.defaultPrevented).to.equal(true);
    });

    it('lets the link work when booking-click is not cancelled', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href=${BOOK}></booking-cta>`);
      let prevented: boolean | undefined;
      el.addEventListener('click', (e) => ((prevented = e.defaultPrevented), e.preventDefault()));
      button(el)!.click();
      expect(prevented).to.equal(false);
    });

    it('pushes only {event, service} to window.dataLayer with data-layer, creating it if missing', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta data-layer service="therapy" href=${BOOK}></booking-cta>`);
      stayHere(el);
      button(el)!.click();
      expect((window as { dataLayer?: unknown }).dataLayer).to.deep.equal([{ event: 'booking_click', service: 'therapy' }]);
      button(el)!.click();
      expect((window as { dataLayer?: unknown[] }).dataLayer).to.have.length(2);
    });

    it('pushes nothing without data-layer, or with data-layer="false"', async () => {
      for (const el of [
        await fixture<BookingCta>(html`<booking-cta service="therapy" href=${BOOK}></booking-cta>`),
        await fixture<BookingCta>(html`<booking-cta data-layer="false" service="therapy" href=${BOOK}></booking-cta>`),
      ]) {
        stayHere(el);
        button(el)!.click();
      }
      expect((window as { dataLayer?: unknown }).dataLayer).to.equal(undefined);
    });
  });

  describe('utm', () => {
    const original = location.href;
    beforeEach(() => history.replaceState(null, '', '?utm_source=newsletter&utm_campaign=spring&email=private'));
    afterEach(() => history.replaceState(null, '', original));

    it('copies the page utm_* parameters onto the booking URL, keeping those already there', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta utm href="https://cal.com/clinic?utm_source=site"></booking-cta>`);
      const url = new URL(button(el)!.href);
      expect(url.origin + url.pathname).to.equal('https://cal.com/clinic');
      expect([...url.searchParams]).to.deep.equal([
        ['utm_source', 'site'],
        ['utm_campaign', 'spring'],
      ]);
    });

    it('copies nothing without the utm attribute, or onto tel: links', async () => {
      const el = await fixture<BookingCta>(html`<booking-cta href="https://cal.com/clinic"></booking-cta>`);
      expect(button(el)!.getAttribute('href')).to.equal('https://cal.com/clinic');
      const tel = await fixture<BookingCta>(html`<booking-cta utm href="tel:+17805550100"></booking-cta>`);
      expect(button(tel)!.getAttribute('href')).to.equal('tel:+17805550100');
    });
  });
});
