import { css } from 'lit';

export const styles = css`
  .base {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) / 2) var(--_space);
  }

  h2,
  p {
    margin: 0;
  }

  .contact {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    color: var(--_muted);
  }

  .contact a {
    color: inherit;
  }

  .banner {
    flex-direction: column;
    align-items: flex-start;
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--cw-banner-surface, var(--_surface-raised));
  }

  h2 {
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.3;
  }

  .floating {
    position: fixed;
    z-index: var(--cw-z-index, 100);
    bottom: var(--_space);
    right: var(--_space);
    flex-wrap: nowrap;
    gap: 0;
    border-radius: 2em;
    background: var(--_accent);
    color: var(--_on-accent);
    box-shadow: var(--_shadow);
  }

  .bottom-left {
    right: auto;
    left: var(--_space);
  }

  .floating .button,
  .floating .contact {
    color: inherit;
    border-radius: 2em;
  }

  .floating .contact {
    padding-inline: 1.25em;
  }

  .plain {
    min-width: 2.75rem;
    min-height: 2.75rem;
    border: 0;
    border-radius: 2em;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1.25em;
    cursor: pointer;
  }

  /* Narrow screens: the pill sits where it was placed, so it never covers the page's text. */
  @media (max-width: 40em) {
    .floating {
      position: static;
      display: inline-flex;
      box-shadow: none;
    }
  }

  dialog {
    width: min(60rem, 100% - 1rem);
    height: min(50rem, 100% - 1rem);
    max-width: none;
    max-height: none;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: Canvas;
    color: CanvasText;
  }

  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }

  .frame {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    height: 100%;
    padding: var(--_space);
  }

  header {
    display: flex;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space);
  }

  .plain.close {
    font-size: 1em;
    text-decoration: underline;
  }

  iframe {
    flex: 1;
    width: 100%;
    border: 1px solid var(--_border);
  }
`;
