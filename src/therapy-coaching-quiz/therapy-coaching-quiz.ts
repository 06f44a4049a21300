import { LitElement, html } from 'lit';
import { tokens } from '../shared/tokens.js';

/** PLACEHOLDER: replaced by the real element. */
export class TherapyCoachingQuiz extends LitElement {
  static override styles = [tokens];
  override render() {
    return html`<p part="base">therapy-coaching-quiz</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'therapy-coaching-quiz': TherapyCoachingQuiz;
  }
}
