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

  [tabindex] {
    outline: none;
  }

  [part='progress'],
  [part='note'] {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
    font-weight: normal;
  }

  label {
    display: flex;
    gap: 0.75rem;
    padding: 0.5rem 0;
  }

  input {
    margin-top: 0.3em;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    list-style: none;
  }

  [part='crisis-line'] {
    padding-inline-start: 1rem;
    border-inline-start: 4px solid var(--_accent);
  }

  [part='crisis-line'] a,
  [part='crisis-link'] span {
    white-space: nowrap;
  }

  a {
    color: inherit;
  }
`;
