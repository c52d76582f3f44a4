/**
 * Filling messages: `{name}` placeholders, numbers written as the language writes them, and the
 * plural form for a count. Shared by the build's translator and the client scripts, which get
 * their messages from data attributes rather than from the message files.
 */
export type MessageValues = Record<string, string | number>;

/** Plural forms of a counted message, by `Intl.PluralRules` category; `other` is always there. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function fillMessage(template: string, values: MessageValues, numbers: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** The form of `forms` for `count` in the language of `plurals`, filled in. */
export function fillCount(
  forms: PluralForms,
  count: number,
  values: MessageValues,
  plurals: Intl.PluralRules,
  numbers: Intl.NumberFormat,
): string {
  return fillMessage(forms[plurals.select(count)] ?? forms.other, { ...values, count }, numbers);
}

/** A counted message in `lang`, for client scripts. */
export function formatCount(forms: PluralForms, count: number, lang: string, values: MessageValues = {}): string {
  return fillCount(forms, count, values, new Intl.PluralRules(lang), new Intl.NumberFormat(lang));
}
