import type { PalierIssue } from '../issue.js';
import { buildIssue, type IssueOptions, type MessageTable, type ParamsOf } from './build.js';
import { INPUT_MESSAGES, type InputIssueCode } from './input.js';

/**
 * Issue codes of money (`money/`, `core/money-string.ts`), each with the function that writes its message in French and English.
 * A new code of this part of palier goes here (a code is never reused with another meaning).
 */
export const MONEY_MESSAGES = {
  'invalid-money': (p: { received: string }) => ({
    fr: `Montant illisible : « ${p.received} » (chiffres, point décimal, deux décimales au plus).`,
    en: `Unreadable amount: "${p.received}" (digits, dot decimal separator, at most two decimals).`,
  }),
  'money-sub-cent': (p: { received: string }) => ({
    fr: `Montant plus précis que le centime : ${p.received}.`,
    en: `Amount finer than a cent: ${p.received}.`,
  }),
  'money-too-large': (p: { received: string; digits: number }) => ({
    fr: `Montant trop grand : ${p.received} (${p.digits} chiffres avant la virgule au plus, moins d’un million de milliards d’euros).`,
    en: `Amount too large: ${p.received} (at most ${p.digits} digits before the decimal point, under a thousand trillion euros).`,
  }),
  'negative-money': (p: { received: string }) => ({
    fr: `Montant négatif : ${p.received}.`,
    en: `Negative amount: ${p.received}.`,
  }),
  'negative-total': () => ({
    fr: 'Le total à répartir est négatif.',
    en: 'The total to split is negative.',
  }),
  'no-weights': () => ({ fr: 'Aucune clé de répartition.', en: 'No weights to split by.' }),
  'invalid-weight': (p: { received: string }) => ({
    fr: `Poids illisible : ${p.received}.`,
    en: `Unreadable weight: ${p.received}.`,
  }),
  'negative-weight': (p: { received: string }) => ({
    fr: `Poids négatif : ${p.received}.`,
    en: `Negative weight: ${p.received}.`,
  }),
  'zero-weights': () => ({
    fr: 'Les poids sont tous nuls : rien ne permet de répartir.',
    en: 'All weights are zero: nothing to split by.',
  }),
} satisfies MessageTable;

/** A code of {@link MONEY_MESSAGES}. */
export type MoneyIssueCode = keyof typeof MONEY_MESSAGES;

/**
 * Builds a {@link PalierIssue} with a code of this group (or of the input group): importing this
 * function, not the whole registry, keeps a bundle to the messages its code can raise.
 *
 * @example
 * ```ts
 * issue('invalid-money', …, { path: ['field'] });
 * ```
 */
export function issue<C extends MoneyIssueCode | InputIssueCode>(
  code: C,
  params: ParamsOf<typeof MONEY_MESSAGES & typeof INPUT_MESSAGES, C>,
  options?: IssueOptions,
): PalierIssue {
  return buildIssue([MONEY_MESSAGES, INPUT_MESSAGES], code, params, options);
}
