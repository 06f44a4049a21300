// The floor for `npm run bench`: the least a Lit element can do to show a list of questions.
// Bundled with the same Lit and toolchain as dist/clinic-widgets.js.
import { LitElement, html } from 'lit';

class BenchList extends LitElement {
  static properties = { items: { attribute: false } };

  constructor() {
    super();
    this.items = [];
  }

  render() {
    return html`<ul>
      ${this.items.map((question) => html`<li>${question}</li>`)}
    </ul>`;
  }
}

customElements.define('bench-list', BenchList);
