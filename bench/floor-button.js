// The floor for the booking button in `npm run bench:peers`: the least a Lit element can do to
// show one booking link in its shadow root, styled by one small stylesheet. Bundled by the same
// Vite as the peers. Not a peer: it shows what any Lit element costs a page, whatever it does.
import { LitElement, css, html } from 'lit';

class FloorButton extends LitElement {
  static properties = { href: {} };

  static styles = css`
    a {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0.625em 1.25em;
      border-radius: 0.5em;
      background: #2f6f73;
      color: #fff;
      font: inherit;
      text-decoration: none;
    }
  `;

  render() {
    return html`<a href=${this.href}>Book a free consultation</a>`;
  }
}

customElements.define('floor-button', FloorButton);
