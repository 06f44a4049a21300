/**
 * The converter of a boolean attribute. Present means on, as in HTML, except that `="false"`
 * (what many webmasters write to switch something off) also means off, so an opt-in such as
 * `remember` or `data-layer` never turns on by mistake.
 */
export const flag = (value: string | null): boolean => value !== null && value !== undefined && !/^false$/i.test(value);
