/** A counted message: the plural form for `count` in `lang`, with `{count}` and other placeholders filled. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export function fillMessage(template: string, values: Record<string, string | number>, numbers: Intl.NumberFormat) {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) return placeholder;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Plain function for client scripts, which get the forms from a data attribute rather than the message files. */
export function formatCount(forms: PluralForms, count: number, lang: string): string {
  const form = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
  return fillMessage(form, { count }, new Intl.NumberFormat(lang));
}
