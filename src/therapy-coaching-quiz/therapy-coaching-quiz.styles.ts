import { css } from 'lit';

export const styles = css`
  .base,
  form,
  fieldset,
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
  ul {
    margin: 0;
  }

  h2,
  h3 {
    font-family: var(--_heading-font);
    font-size: 1.375em;
    line-height: 1.3;
  }

  h3 {
    font-size: 1em;
  }

  [tabindex='-1']:focus {
    outline: none;
  }

  [part='progress'] {
    display: block;
    margin-bottom: 0.25rem;
    font-size: 0.875rem;
    font-weight: normal;
    color: var(--_muted);
  }

  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
    gap: 0.5rem;
  }

  legend {
    margin-bottom: 0.75rem;
    padding: 0;
  }

  label {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    cursor: pointer;
  }

  label:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }

  input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.125em 0 0;
    accent-color: var(--_accent);
  }

  [part='error'] {
    color: var(--cw-error, #b3261e);
    font-weight: 600;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    padding: 0;
    list-style: none;
  }

  [part='crisis-line'] {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface-raised);
  }

  [part='crisis-line'] a {
    color: inherit;
    font-weight: 600;
  }

  [part='reasons'] {
    padding-inline-start: 1.25em;
  }

  [part='note'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
