import { css, unsafeCSS } from 'lit';
import { buttonStyles, tokens } from '../shared/tokens.js';

export const styles = [
  tokens,
  buttonStyles,
  css`
    .tools {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: var(--_space);
      margin-block-end: var(--_space);
    }

    .search {
      flex: 1 1 14rem;
      display: grid;
      gap: 0.25rem;
      font-weight: 600;
    }

    input {
      min-height: 2.75rem;
      padding: 0 0.75em;
      border: 1px solid var(--_muted);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: inherit;
      font: inherit;
      font-weight: 400;
    }

    .status {
      margin: 0;
      color: var(--_muted);
    }

    .item {
      border-block-end: 1px solid var(--_border);
      scroll-margin-block-start: var(--cw-faq-scroll-margin, 1rem);
    }

    .heading {
      font-family: var(--_heading-font);
      font-weight: 600;
    }

    .q {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: var(--_space);
      width: 100%;
      min-height: 2.75rem;
      padding: 0.75em 0.25em;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }

    .q:hover {
      color: var(--_accent);
    }

    .icon {
      flex: none;
      width: 0.5em;
      height: 0.5em;
      margin: 0 0.3em;
      border: solid;
      border-width: 0 0.15em 0.15em 0;
      transform: rotate(45deg);
      transition: transform var(--_duration);
    }

    [aria-expanded='true'] .icon {
      transform: rotate(225deg);
    }

    .answer {
      padding: 0 0.25em var(--_space);
    }

    p {
      margin: 0;
    }

    .answer > p + p {
      margin-block-start: 0.75em;
    }

    .item:first-child {
      border-block-start: 1px solid var(--_border);
    }

    ::slotted(details) {
      margin: 0 !important;
      padding: 0 !important;
      border: 0 !important;
    }

    @media (prefers-reduced-motion: no-preference) {
      .panel:not([hidden]) .answer {
        animation: open var(--_duration) ease-out;
      }
    }

    @keyframes open {
      from {
        opacity: 0;
        transform: translateY(-0.25em);
      }
    }

    @media print {
      .tools,
      .icon {
        display: none;
      }

      .panel {
        display: block !important;
      }
    }
  `,
  // Collapsed panels use hidden="until-found" (content-visibility: hidden): print them too.
  // A plain string, because the template checker does not know this property yet.
  unsafeCSS('@media print{.panel{content-visibility:visible!important}}'),
];
