import { LitElement, html } from 'lit';
import { tokens } from '../shared/tokens.js';

/** PLACEHOLDER: replaced by the real element. */
export class FaqAccordion extends LitElement {
  static override styles = [tokens];
  override render() {
    return html`<p part="base">faq-accordion</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'faq-accordion': FaqAccordion;
  }
}
