/**
 * Labels and descriptions cut to what a reader in these languages can be shown (pure): the
 * language chain, `mul` (the label for all languages), and, when neither has a usable text, the
 * one the Person model would pick as a last resort (`mul` first, then alphabetical), so a label
 * still resolves. A real entity carries hundreds of languages; the store keeps a few.
 */
export function keepLanguages(terms: unknown, languages: readonly string[]): unknown {
  if (typeof terms !== 'object' || terms === null || Array.isArray(terms)) return terms;
  const all = terms as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const language of [...languages, 'mul']) {
    if (language in all && usable(all[language])) kept[language] = all[language];
  }
  if (Object.keys(kept).length > 0) return kept;
  const fallback = Object.keys(all)
    .sort((a, b) => a.localeCompare(b))
    .find((language) => usable(all[language]));
  if (fallback !== undefined) kept[fallback] = all[fallback];
  return kept;
}

function usable(term: unknown): boolean {
  if (typeof term !== 'object' || term === null) return false;
  const value = (term as { value?: unknown }).value;
  return typeof value === 'string' && value.trim() !== '';
}
