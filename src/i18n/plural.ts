import { plurals } from '../format/intl-cache.js';

/**
 * A phrase in each plural category its language tells apart (`Intl.PluralRules` names them): Russian has
 * `one` (1, 21), `few` (2, 22) and `many` (5, 11); Kazakh, Uzbek, Kyrgyz, Tajik and Turkmen keep the noun
 * singular after a number and give only `other`. `{count}` stands for the number.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Puts `values` into `{name}` slots, leaving a slot the table's author misspelled visible rather than empty. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);
}

/** The form of `forms` that `count` takes in `locale`, with the count written as `shown`. */
export function plural(locale: string, count: number, forms: PluralForms, shown: string): string {
  return fill(forms[plurals(locale).select(count)] ?? forms.other, { count: shown });
}
