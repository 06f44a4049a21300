import { css } from 'lit';

export const styles = css`
  /* Every variant's wrapper and the open dialog lay out in a wrapping row or column. */
  .inline,
  .banner,
  .floating,
  .contact,
  .dialog[open] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  .heading,
  .description,
  .contact {
    margin: 0;
  }

  /* Start-aligned at every width: a banner reads like the article around it, whose text
     starts at the same edge on a phone and on a desktop (see docs/booking-cta.md). */
  .banner {
    text-align: start;
  }

  a {
    color: inherit;
  }

  /* The contact line (but in the floating pill) takes a row of its own below the button, one
     item a line, each line one 44 px target, so its height depends only on how many items
     there are, never on the width or on how long a number or address is: a page can reserve
     its space before the module loads. */
  .contact {
    overflow-wrap: anywhere;
  }

  .banner,
  .dialog[open],
  .inline > .contact,
  .banner > .contact {
    flex-direction: column;
    align-items: flex-start;
    flex: 100%;
  }

  .inline > .contact,
  .banner > .contact {
    gap: 0;
  }

  .line {
    display: inline-flex;
    align-items: center;
    min-height: var(--_target);
  }

  .banner {
    padding: var(--_space);
    background: var(--_surface-raised);
  }

  /* Pill-shaped buttons (a large --cw-radius) leave these boxes only softly rounded. */
  .banner,
  .dialog,
  iframe {
    border: 1px solid var(--_border);
    border-radius: min(var(--_radius), 1em);
  }

  /* One row: the link's text wraps before the dismiss button does. */
  .floating {
    --_radius: 2em;
    position: fixed;
    z-index: 100;
    bottom: var(--_space);
    flex-wrap: nowrap;
    gap: 0;
    max-width: calc(100vw - 2 * var(--_space));
    border-radius: 2em;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: var(--_shadow);
  }

  .bottom-right {
    right: var(--_space);
  }

  .bottom-left {
    left: var(--_space);
  }

  /* It would cover the element that has keyboard focus (WCAG 2.4.11): see-through and
     click-through until it would not. Still in the tab order: Tab from there reaches it. */
  .yielding {
    opacity: 0;
    pointer-events: none;
  }

  .dismiss {
    padding-inline: 0.875em;
  }

  .floating > .contact {
    padding-inline-start: 1.25em;
    padding-block: 0.625em;
  }

  /* Phones: still fixed at the corner, but compact (less padding, a smaller margin). */
  @media (max-width: 40em) {
    .floating {
      bottom: calc(var(--_space) / 2);
      max-width: calc(100vw - var(--_space));
    }

    .bottom-right {
      right: calc(var(--_space) / 2);
    }

    .bottom-left {
      left: calc(var(--_space) / 2);
    }

    .floating > .book {
      padding-inline: 1em 0.5em;
    }

    .dismiss {
      padding-inline: 0.5em;
    }
  }

  .dialog {
    width: 60em;
    height: 50em;
    padding: var(--_space);
  }

  form {
    align-self: flex-end;
  }

  iframe {
    flex: 1;
    width: 100%;
  }
`;
