// A tag name the kit uses is already taken on the page before the kit loads (another plugin's
// <faq-accordion>, or a booking widget a theme registered on its own). The kit must leave
// that element alone, throw nothing, and still bring the rest: the quiz and the booking button.
// Own file: the kit is imported only after the tag is taken, in a page of its own.
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';

class TheirFaq extends HTMLElement {}

describe('loading the kit when one of its tag names is already taken', () => {
  it('leaves the other element alone, throws nothing, and the quiz and booking button work', async () => {
    customElements.define('faq-accordion', TheirFaq);
    const warn = sinon.stub(console, 'warn');
    let thrown: unknown;
    try {
      await import('../src/index.js');
    } catch (error) {
      thrown = error;
    } finally {
      warn.restore();
    }
    expect(thrown, 'importing the kit throws nothing').to.equal(undefined);
    expect(customElements.get('faq-accordion'), 'the page keeps its own <faq-accordion>').to.equal(TheirFaq);

    const cta = await fixture<HTMLElement>(html`<booking-cta href="https://example.org/book"></booking-cta>`);
    const link = cta.shadowRoot?.querySelector('a');
    expect(link?.textContent?.trim(), 'the booking button shows').to.contain('Book a consultation');
    expect(link?.getAttribute('href')).to.equal('https://example.org/book');

    const quiz = await fixture<HTMLElement>(html`<therapy-coaching-quiz></therapy-coaching-quiz>`);
    expect(quiz.shadowRoot?.querySelector('button')?.textContent?.trim(), 'the quiz shows its Start button').to.equal('Start');
  });
});
