import { css } from 'lit';

/**
 * The kit's design tokens. Public custom properties share the `--cw-` prefix and feed private
 * `--_` ones on `:host`, so a designer sets `--cw-accent` on any ancestor and nothing leaks
 * the other way. Font and text colour are inherited from the host page by default.
 */
export const tokens = css`
  :host {
    --_accent: var(--cw-accent, #2f6f73);
    --_accent-hover: var(--cw-accent-hover, color-mix(in srgb, var(--_accent) 85%, black));
    --_on-accent: var(--cw-on-accent, #ffffff);
    --_surface: var(--cw-surface, transparent);
    --_surface-raised: var(--cw-surface-raised, color-mix(in srgb, currentColor 4%, transparent));
    --_text: var(--cw-text, inherit);
    --_muted: var(--cw-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_border: var(--cw-border, color-mix(in srgb, currentColor 28%, transparent));
    --_radius: var(--cw-radius, 0.5em);
    --_space: var(--cw-space, 1em);
    --_font: var(--cw-font, inherit);
    /* WordPress block themes name their heading font (Twenty Twenty-Four: Cardo); elsewhere the text's. */
    --_heading-font: var(--cw-heading-font, var(--wp--preset--font-family--heading, var(--_font)));
    --_heading-weight: var(--cw-heading-weight, bold);
    /* The smallest a button or link may be, either way: 44 CSS px (WCAG 2.5.5), more with larger text. */
    --_target: max(2.75em, 44px);
    --_focus: var(--cw-focus-ring, #1a5fb4);
    --_shadow: var(--cw-shadow, 0 0.25em 1em rgb(0 0 0 / 0.12));
    --_duration: var(--cw-duration, 200ms);

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    /* 1em: the size of the text around the element (18 px body, 18 px widgets), whatever the root's. */
    --_size: var(--cw-font-size, 1em);
    font-size: var(--_size);
    line-height: 1.5;
    color: var(--_text);
  }

  :host([hidden]) {
    display: none !important;
  }

  /* The host matches :focus while focus is inside its shadow root, so a theme's
     \`*:focus { outline: … }\` would draw a box around the whole element. Only the kit's own
     ring shows, on the control that has focus. (!important: a page's rules beat :host's.) */
  :host(:focus) {
    outline: none !important;
  }

  /* Every element's headings: the page's heading font (--cw-heading-font) and weight. */
  h2,
  h3 {
    font-family: var(--_heading-font);
    font-weight: var(--_heading-weight);
  }

  /* Elements only: the kit draws no ::before/::after, and matching them costs every element a style lookup. */
  * {
    box-sizing: border-box;
  }

  /* The white halo in the ring's offset keeps focus visible (3:1) on dark pages too. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px #fff;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_duration: 0ms;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_accent: ButtonText;
      --_on-accent: ButtonFace;
      --_border: CanvasText;
      --_focus: Highlight;
    }
  }
`;

/** A button or link styled as the kit's primary action. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 0.625em 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition: background-color var(--_duration), border-color var(--_duration);
  }

  .button:hover {
    background: var(--_accent-hover);
    border-color: var(--_accent-hover);
  }

  .button.secondary {
    background: transparent;
    color: inherit;
    border-color: var(--_border);
  }

  .button.secondary:hover {
    border-color: var(--_accent);
  }

  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
