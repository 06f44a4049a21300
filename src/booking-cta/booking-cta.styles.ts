import { css } from 'lit';

export const styles = css`
  .base,
  .contact,
  .frame {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }

  h2,
  p {
    margin: 0;
  }

  a:not(.button) {
    color: inherit;
    overflow-wrap: anywhere;
  }

  .banner,
  .frame {
    flex-direction: column;
    align-items: flex-start;
  }

  .banner {
    padding: var(--_space);
    background: var(--_surface-raised);
  }

  .banner,
  dialog,
  iframe {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  h2 {
    font-family: var(--_heading-font);
  }

  .floating {
    position: fixed;
    z-index: 100;
    bottom: var(--_space);
    right: var(--_space);
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: var(--_shadow);
  }

  .bottom-left {
    right: auto;
    left: var(--_space);
  }

  .floating,
  .floating .button {
    border-radius: 2em;
  }

  .floating .contact {
    padding-inline-start: 1.25em;
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
    padding: 0;
  }

  .frame {
    height: 100%;
    padding: var(--_space);
  }

  .secondary {
    align-self: flex-end;
  }

  iframe {
    flex: 1;
    width: 100%;
  }
`;
