import { LitElement, html } from 'lit';
import { tokens } from '../shared/tokens.js';

/** PLACEHOLDER: replaced by the real element. */
export class BookingCta extends LitElement {
  static override styles = [tokens];
  override render() {
    return html`<p part="base">booking-cta</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'booking-cta': BookingCta;
  }
}
