import { css } from 'lit';
import { buttonStyles, tokens } from '../shared/tokens.js';

export const styles = [
  tokens,
  buttonStyles,
  css`
    label {
      display: grid;
    }

    input,
    .question {
      background: none;
      color: inherit;
      font: inherit;
    }

    input {
      min-height: var(--_target);
      min-width: 0;
      padding: 0 0.75em;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
    }

    p,
    .button {
      margin: 0 0 var(--_space);
    }

    .item {
      border-block-end: 1px solid var(--_border);
    }

    .question {
      position: relative;
      display: block;
      width: 100%;
      min-height: var(--_target);
      padding: 0.75em 0;
      padding-inline-end: calc(var(--_space) + 1em);
      border: 0;
      font-family: var(--_heading-font);
      font-weight: 600;
      text-align: start;
      cursor: pointer;
      /* Scrolled to (a link, show()): its focus ring stays in view. */
      scroll-margin-block: 0.5em;
    }

    .icon {
      position: absolute;
      inset-inline-end: 0.3em;
      top: 50%;
      width: 0.5em;
      height: 0.5em;
      border: solid;
      border-width: 0 0.15em 0.15em 0;
      translate: 0 -50%;
      rotate: 45deg;
    }

    [aria-expanded='true'] > .icon {
      rotate: 225deg;
    }

    /* An answer keeps space above the divider whatever its content's margins (WordPress removes the last paragraph's). */
    .answer {
      padding-block-end: 0.75em;
    }

    .answer p:last-child {
      margin-block-end: 0;
    }

    ::slotted(details) {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
    }

    @media (prefers-reduced-motion: no-preference) {
      :not([hidden]) > .answer {
        animation: open var(--_duration);
      }
    }

    @keyframes open {
      from {
        opacity: 0;
      }
    }

    /* Collapsed panels are hidden (or hidden="until-found": content-visibility): print them all. */
    @media print {
      .panel {
        display: block;
        content-visibility: visible;
      }
    }
  `,
];

/**
 * Hides the summary of each `<details>` the accordion has taken over (it shows the question
 * itself); adopted by the document or shadow root the element is in (CSP-safe). It stops
 * matching when the `<details>` leaves the element.
 */
export const summaries = css`
  faq-accordion > [slot] > summary {
    display: none !important;
  }

  /* The browser's own scroll to a #id of a <details> (now an answer) leaves its question in view. */
  faq-accordion > [slot] {
    scroll-margin-top: 6em;
  }
`.styleSheet as CSSStyleSheet;
