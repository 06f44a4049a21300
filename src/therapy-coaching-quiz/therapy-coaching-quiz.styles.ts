import { css } from 'lit';

export const styles = css`
  .base,
  form,
  section {
    display: grid;
    gap: var(--_space);
  }

  .base {
    background: var(--_surface);
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  p,
  ul,
  fieldset,
  legend {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  h2,
  h3 {
    font-family: var(--_heading-font);
    line-height: 1.3;
  }

  /* Focus moved to a heading draws no ring, nor the ring's white halo (a white box on a dark page). */
  [tabindex] {
    outline: none;
    box-shadow: none;
  }

  .progress,
  .note {
    display: block;
    color: var(--_muted);
    font-size: calc(0.875 * var(--_size));
    font-weight: normal;
  }

  label {
    display: flex;
    gap: 0.75em;
    min-height: var(--_target);
    padding: 0.5em 0;
  }

  /* Level with the answer's first line, its own size (not stretched to a two-line answer's
     height, which drew the focus ring as a tall oval). */
  input {
    flex: none;
    align-self: flex-start;
    margin-top: 0.3em;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    list-style: none;
  }

  /* Crisis help: a calm bar on every screen, and the lines themselves on the crisis screen. */
  .crisis-line,
  .crisis-now,
  .youth {
    padding-inline-start: 1em;
    border-inline-start: 4px solid var(--_accent);
  }

  .crisis-now,
  .resources,
  .resource,
  .safety,
  .crisis {
    display: grid;
    gap: calc(0.75 * var(--_space));
  }

  .crisis-now-region:empty {
    display: none;
  }

  .resource-name {
    font-weight: 600;
  }

  .resource-hours {
    color: var(--_muted);
  }

  .safety {
    padding-block-end: var(--_space);
    border-block-end: 1px solid var(--_border);
  }

  .number {
    white-space: nowrap;
  }

  /* A crisis number in the line is a 44 px target too, however small the page's text, and the
     line keeps its height: the padding that makes the target is taken back by the margin. */
  .crisis-line a {
    display: inline-block;
    min-width: var(--_target);
    padding-block: max(0px, (var(--_target) - 1lh) / 2);
    margin-block: min(0px, (1lh - var(--_target)) / 2);
    text-align: center;
  }

  a {
    color: inherit;
  }
`;
