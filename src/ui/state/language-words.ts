// A letter language by name in the interface language ("română", "Italiano"), from the browser's own
// names (Intl.DisplayNames), instead of its code ('ro', 'IT') — codes stay what is stored.
const names = new Map<string, Intl.DisplayNames>();

/** The language's name as the interface locale writes it mid-sentence ("în română", "in italiano"). */
export function languageName(code: string, locale: string): string {
  let n = names.get(locale);
  if (!n) names.set(locale, (n = new Intl.DisplayNames([locale], { type: 'language' })));
  return n.of(code) ?? code;
}

/** The same name with a capital, for a list or a picker ("Română", "Italiano"). */
export function languageLabel(code: string, locale: string): string {
  const name = languageName(code, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
