import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { digitTypos, safeUrl, telUrl } from '../../src/shared/url.js';
import { cleanKit } from '../support/clean-kit.js';

describe('safeUrl', () => {
  let warn: sinon.SinonStub;
  beforeEach(() => (warn = cleanKit()));
  afterEach(() => warn.restore());

  const safe = [
    'https://clinic.janeapp.com/',
    'http://example.org/book?x=1',
    'HTTPS://CALENDLY.COM/clinic',
    'tel:+17805550100',
    'mailto:hello@clinic.example',
    '/book',
    'book.html',
    '?service=therapy',
    '#booking',
    '//cal.com/clinic',
  ];
  for (const url of safe) {
    it(`accepts ${url}`, () => {
      expect(safeUrl(url, 'booking-cta', 'href')).to.equal(url);
      expect(warn.called).to.equal(false);
    });
  }

  const unsafe = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript\u0000:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml;base64,PHN2Zz4=',
    'vbscript:msgbox(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript&colon;alert(1)',
    'file:///etc/passwd',
    'blob:https://x/1',
  ];
  for (const url of unsafe) {
    it(`rejects ${JSON.stringify(url)} with one warning naming the element and attribute`, () => {
      expect(safeUrl(url, 'booking-cta', 'href')).to.equal(null);
      expect(warn.callCount).to.equal(1);
      expect(warn.firstCall.args[0]).to.match(/^<booking-cta> href: /);
    });
  }

  it('warns once for the same bad value, however often it is checked', () => {
    safeUrl('javascript:void 0', 'booking-cta', 'href');
    safeUrl('javascript:void 0', 'booking-cta', 'href');
    expect(warn.callCount).to.equal(1);
  });

  it('returns null without a warning for empty values', () => {
    expect(safeUrl('', 'booking-cta', 'href')).to.equal(null);
    expect(safeUrl('   ', 'booking-cta', 'href')).to.equal(null);
    expect(safeUrl(null, 'booking-cta', 'href')).to.equal(null);
    expect(warn.called).to.equal(false);
  });

  it('adds a missing https:// to a web address written without it, with one warning', () => {
    for (const url of ['yourclinic.janeapp.com/', 'www.clinic.example/book', 'calendly.com/clinic/consult', 'yourclinic.as.me', 'clinic.co.uk/book', 'clinic.com.au']) {
      expect(safeUrl(url, 'booking-cta', 'href')).to.equal(`https://${url}`);
    }
    expect(warn.callCount).to.equal(6);
    expect(warn.firstCall.args[0]).to.equal('<booking-cta> href: "yourclinic.janeapp.com/" lacks https://; it was added.');
  });

  it('takes off the curly quotes a word processor or an email puts around an address, with one warning', () => {
    // href=“https://…” (curly quotes are not HTML's): the quotes are part of the value.
    expect(safeUrl('“https://clinic.janeapp.com/”', 'booking-cta', 'href')).to.equal('https://clinic.janeapp.com/');
    expect(safeUrl('‘https://clinic.janeapp.com/’', 'booking-cta', 'href')).to.equal('https://clinic.janeapp.com/');
    expect(safeUrl('«https://clinic.janeapp.com/»', 'booking-cta', 'href')).to.equal('https://clinic.janeapp.com/');
    expect(warn.callCount).to.equal(3);
    expect(warn.firstCall.args[0]).to.equal('<booking-cta> href: “https://clinic.janeapp.com/” has curly quotes around it (from a word processor?); they were taken off.');
    // Unsafe stays unsafe without its quotes.
    expect(safeUrl('“javascript:alert(1)”', 'booking-cta', 'href')).to.equal(null);
  });

  it('links a phone number or an email address written as a link as what it is, with one warning', () => {
    expect(safeUrl('780-555-0142', 'booking-cta', 'href')).to.equal('tel:7805550142');
    expect(safeUrl('+1 (780) 555-0142', 'booking-cta', 'href')).to.equal('tel:+17805550142');
    expect(safeUrl('hello@clinic.ca', 'booking-cta', 'href')).to.equal('mailto:hello@clinic.ca');
    expect(warn.args.map((a) => a[0])).to.deep.equal([
      '<booking-cta> href: "780-555-0142" is a phone number; it was linked as one (tel:). To show the number as well, use phone="…".',
      '<booking-cta> href: "+1 (780) 555-0142" is a phone number; it was linked as one (tel:). To show the number as well, use phone="…".',
      '<booking-cta> href: "hello@clinic.ca" is an email address; it was linked as one (mailto:). To show the address as well, use email="…".',
    ]);
    // A path, a year or a short code stays a link.
    expect(safeUrl('/2024', 'booking-cta', 'href')).to.equal('/2024');
    expect(safeUrl('12345', 'booking-cta', 'href')).to.equal('12345');
  });

  it('accepts extra schemes only where the caller allows them', () => {
    expect(safeUrl('sms:988', 'therapy-coaching-quiz', 'crisis')).to.equal(null);
    expect(safeUrl('sms:988', 'therapy-coaching-quiz', 'crisis', ['sms:'])).to.equal('sms:988');
  });
});

describe('telUrl', () => {
  it('keeps digits and a leading plus', () => {
    expect(telUrl('(780) 555-0100')).to.equal('tel:7805550100');
    expect(telUrl('+1 780 555 0100')).to.equal('tel:+17805550100');
    expect(telUrl('9-8-8', 'sms')).to.equal('sms:988');
  });
  it('dials the letters of a vanity number as keypad digits', () => {
    expect(telUrl('1-800-273-TALK')).to.equal('tel:18002738255');
    expect(telUrl('1-800-SUICIDE')).to.equal('tel:18007842433');
    expect(telUrl('780-555-CALL')).to.equal('tel:7805552255');
  });
  it('ignores words around the number and leaves an extension out of the link', () => {
    expect(telUrl('Call (780) 555-0100 (office)')).to.equal('tel:7805550100');
    expect(telUrl('780-555-0100 ext. 3')).to.equal('tel:7805550100');
    expect(telUrl('780 555 0100 x12')).to.equal('tel:7805550100');
  });
  it('dials a vanity number written with its digits as those digits, and ignores words after a number', () => {
    // Quebec's suicide prevention line, as its own site writes it.
    expect(telUrl('1-866-APPELLE (277-3553)')).to.equal('tel:18662773553');
    expect(telUrl('1-800-273-TALK (8255)')).to.equal('tel:18002738255');
    expect(telUrl('780-555-0100 Mon-Fri')).to.equal('tel:7805550100');
  });
  it('leaves out an extension written in words, but not a word that ends in "ext" or "x"', () => {
    expect(telUrl('514 555-0100, poste 3')).to.equal('tel:5145550100');
    expect(telUrl('780-555-0100 extension 3')).to.equal('tel:7805550100');
    expect(telUrl('Text 686868', 'sms')).to.equal('sms:686868');
    expect(telUrl('1-800-BOX 1234')).to.equal('tel:18002691234');
  });
  it('returns null for text without a number', () => {
    expect(telUrl('call us')).to.equal(null);
    expect(telUrl('')).to.equal(null);
  });
});

describe('digitTypos', () => {
  it('reads a look-alike letter inside a group of digits as that digit', () => {
    expect(digitTypos('780-555-O142')).to.equal('780-555-0142');
    expect(digitTypos('(78O) 555-0l42')).to.equal('(780) 555-0142');
    expect(telUrl('780-555-O142')).to.equal('tel:7805550142');
  });

  it('leaves words alone: vanity numbers, hours, extensions', () => {
    for (const phone of ['1-800-273-TALK', '1-866-APPELLE (277-3553)', '780-555-0100 Mon-Fri 9am-5pm', '780-555-0100 x10', 'Toll-free 1-800-668-6868']) {
      expect(digitTypos(phone), phone).to.equal(phone);
    }
    expect(telUrl('1-800-273-TALK')).to.equal('tel:18002738255');
  });
});
