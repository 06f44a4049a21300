import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { BookingCta, FaqAccordion, TherapyCoachingQuiz } from '../src/index.js';
import { STRINGS } from '../src/therapy-coaching-quiz/therapy-coaching-quiz.strings.js';
import { CRISIS, PATHS, clickThrough } from './support/quiz-paths.js';
import { text } from './support/helpers.js';

// French (Canada) is chosen by the nearest `lang`: fr, fr-CA, FR-ch… English for the rest.
const shadow = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const CRISIS_FR =
  'Vous pensez au suicide ou vous ne vous sentez pas en sécurité? Appelez ou textez le 9-8-8, en tout temps. En cas d’urgence, composez le 911.';

describe('French (Canada)', () => {
  it('the quiz speaks French under lang="fr-CA", crisis line word for word, and stays accessible', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="fr-CA">
      <therapy-coaching-quiz booking-url="/reserver"></therapy-coaching-quiz>
    </div>`);
    const quiz = page.querySelector<TherapyCoachingQuiz>('therapy-coaching-quiz')!;
    await quiz.updateComplete;
    expect(text(shadow(quiz, 'h2'))).to.equal('Thérapie, coaching ou les deux?');
    expect(text(shadow(quiz, '[part=crisis-line]'))).to.equal(CRISIS_FR);
    expect(text(shadow(quiz, '[part=intro]'))).to.contain('7 courtes questions');
    expect(text(shadow(quiz, '[part=start]'))).to.equal('Commencer');
    await expect(quiz).to.be.accessible();

    shadow(quiz, '[part=start]')!.click();
    await quiz.updateComplete;
    expect(text(shadow(quiz, '[part=progress]'))).to.equal('Question 1 sur 7');
    expect(text(shadow(quiz, 'h2'))).to.equal(`Question 1 sur 7 ${STRINGS.fr!.questions.feeling.text}`);
    expect(text(shadow(quiz, '[part=answer]'))).to.equal(STRINGS.fr!.questions.feeling.answers.steady);
    expect(text(shadow(quiz, '[part=next]'))).to.equal('Suivant');
    await expect(quiz).to.be.accessible();
  });

  it('the quiz gives its French result and a French booking button', async () => {
    const quiz = await fixture<TherapyCoachingQuiz>(
      html`<therapy-coaching-quiz lang="fr" booking-url="/reserver"></therapy-coaching-quiz>`,
    );
    await clickThrough(quiz, PATHS.therapy);
    expect(text(shadow(quiz, 'h2'))).to.equal(STRINGS.fr!.ui.therapyHeading);
    expect(text(shadow(quiz, 'h3'))).to.equal('Une bonne première étape');
    expect(text(shadow(quiz, '[part=restart]'))).to.equal('Recommencer');
    const cta = shadow(quiz, 'booking-cta') as BookingCta;
    await cta.updateComplete;
    expect(text(shadow(cta, '[part=button]'))).to.equal('Réserver une consultation en thérapie (s’ouvre dans un nouvel onglet)');
    await expect(quiz).to.be.accessible();
  });

  it('the crisis answer leads to French crisis help with 9-8-8 and 911', async () => {
    const quiz = await fixture<TherapyCoachingQuiz>(html`<therapy-coaching-quiz lang="fr-CA"></therapy-coaching-quiz>`);
    await clickThrough(quiz, CRISIS);
    expect(text(shadow(quiz, 'h2'))).to.equal(STRINGS.fr!.ui.crisisHeading);
    const links = [...quiz.shadowRoot!.querySelectorAll('[part=crisis] a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.include(['Appeler le 9-8-8', 'tel:988']);
    expect(links).to.deep.include(['Texter le 9-8-8', 'sms:988']);
    expect(quiz.shadowRoot!.querySelector('booking-cta')).to.equal(null);
    await expect(quiz).to.be.accessible();
  });

  it('the FAQ ships the article’s five questions in French, with French controls', async () => {
    const faq = await fixture<FaqAccordion>(html`<faq-accordion lang="fr-CA" search></faq-accordion>`);
    const questions = [...faq.shadowRoot!.querySelectorAll('[part~=button]')].map(text);
    expect(questions).to.have.length(5);
    expect(questions[0]).to.equal('Quelle est la plus grande différence entre la thérapie et le coaching?');
    expect(questions[1]).to.equal('Peut-on suivre une thérapie et faire du coaching en même temps?');
    expect(text(shadow(faq, '[part=expand-all]'))).to.equal('Tout déplier');
    const search = shadow(faq, 'input[part=search]') as HTMLInputElement;
    expect(search.labels![0].textContent!.trim()).to.equal('Rechercher dans les questions');
    search.focus();
    await sendKeys({ type: 'therapeute' });
    // "thérapeute" (accents ignored) is in the third question and the second and third answers.
    await waitUntil(() => text(shadow(faq, '[part=status]')) === '2 questions affichées sur 5', 'the French count', { timeout: 4000 });
    search.select();
    await sendKeys({ type: 'diagnostic' });
    // One question: the noun and participle agree with one (Intl.PluralRules), not « 1 questions ».
    await waitUntil(() => text(shadow(faq, '[part=status]')) === '1 question affichée sur 5', 'the French count of one', { timeout: 4000 });
    await expect(faq).to.be.accessible();
  });

  it('the booking button speaks French and says the new tab in French', async () => {
    const cta = await fixture<BookingCta>(html`<booking-cta lang="fr-CA" href="/reserver" online variant="banner"></booking-cta>`);
    expect(text(shadow(cta, '[part=button]'))).to.equal('Réserver une consultation (s’ouvre dans un nouvel onglet)');
    expect(text(shadow(cta, '[part=contact]'))).to.equal('Séances en ligne offertes');
    await expect(cta).to.be.accessible();
  });

  it('follows a change of lang, and any other language falls back to English', async () => {
    const page = await fixture<HTMLElement>(html`<div lang="de"><booking-cta href="/book"></booking-cta></div>`);
    const cta = page.querySelector<BookingCta>('booking-cta')!;
    await cta.updateComplete;
    expect(text(shadow(cta, '[part=button]'))).to.equal('Book a consultation (opens in a new tab)');
    page.lang = 'fr-CA';
    await new Promise((resolve) => setTimeout(resolve));
    await cta.updateComplete;
    expect(text(shadow(cta, '[part=button]'))).to.equal('Réserver une consultation (s’ouvre dans un nouvel onglet)');
  });
});
