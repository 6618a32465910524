/*
 * Department code carried by a FINESS number (*département d'implantation*).
 */

/** Overseas codes selected by the 4th character of a FINESS starting with `97`. */
const OVERSEAS_BY_FOURTH: Readonly<Record<string, string>> = Object.freeze({
  '1': '971',
  '2': '972',
  '3': '973',
  '4': '974',
  '5': '975',
});

/**
 * The territory code a FINESS starts with: `01`–`95` (but not `20`), `2A`/`2B` (Corsica), `971`–`975` for
 * numbers starting with `97` (the 4th character: 1 Guadeloupe, 2 Martinique, 3 Guyane, 4 La Réunion,
 * 5 Saint-Pierre-et-Miquelon) and `976` for Mayotte (numbers starting with `98`).
 *
 * `975` Saint-Pierre-et-Miquelon is returned as FINESS data carries it, although it is an overseas collectivity
 * and not one of the 101 departments: region and ARS lookups answer "no region" for it.
 *
 * Only the first four characters are read (spaces ignored, letters in any case); returns `undefined` when they
 * name no territory. Use `parseFiness` to validate a whole number.
 *
 * @example
 * ```ts
 * departmentOfFiness('750712184'); // '75'
 * departmentOfFiness('2B0000020'); // '2B'
 * departmentOfFiness('970211207'); // '972'
 * departmentOfFiness('980500003'); // '976'
 * departmentOfFiness('200000000'); // undefined (Corsica is 2A/2B)
 * ```
 *
 * @category Actors
 */
export function departmentOfFiness(finess: string): string | undefined {
  if (typeof finess !== 'string') return undefined;
  const s = finess.replace(/\s+/g, '').toUpperCase();
  const head = s.slice(0, 2);
  if (head === '2A' || head === '2B') return head;
  if (!/^\d\d$/.test(head)) return undefined;
  if (head === '97') return OVERSEAS_BY_FOURTH[s.charAt(3)];
  if (head === '98') return '976';
  const n = Number(head);
  if (n < 1 || n > 95 || n === 20) return undefined;
  return head;
}
