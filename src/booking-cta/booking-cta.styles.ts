import { css } from 'lit';

export const styles = css`
  /* The wrapper (the only div) and the open dialog (the only [open]) lay out in a wrapping row or column. */
  div,
  .contact,
  [open] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  h2,
  p {
    margin: 0;
  }

  a {
    color: inherit;
  }

  .contact {
    overflow-wrap: anywhere;
  }

  /* The contact line (but in the floating pill) takes a row of its own below the button, one
     item a line, so its height depends only on how many items there are, never on the width or
     on how long a number or address is: a page can reserve its space before the module loads. */
  .banner,
  [open],
  :not(.floating) > .contact {
    flex-direction: column;
    align-items: flex-start;
    flex: 100%;
  }

  .banner {
    padding: var(--_space);
    background: var(--_surface-raised);
  }

  /* Pill-shaped buttons (a large --cw-radius) leave these boxes only softly rounded. */
  .banner,
  dialog,
  iframe {
    border: 1px solid var(--_border);
    border-radius: min(var(--_radius), 1rem);
  }

  h2 {
    font-family: var(--_heading-font);
  }

  /* One row: the link's text wraps before the dismiss button does. */
  .floating {
    --_radius: 2em;
    position: fixed;
    z-index: 100;
    bottom: var(--_space);
    flex-wrap: nowrap;
    gap: 0;
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

  .floating button {
    padding-inline: 0.875em;
  }

  .floating .contact {
    padding-inline-start: 1.25em;
    padding-block: 0.625em;
  }

  /* Narrow screens: the pill sits where it was placed, so it never covers the page's text. */
  @media (max-width: 40em) {
    .floating {
      position: static;
      display: inline-flex;
    }
  }

  dialog {
    width: 60rem;
    height: 50rem;
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
