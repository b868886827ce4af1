/** Longest label kept; longer ones are cut (and reported) so exports stay usable. */
export const MAX_LABEL_LENGTH = 1000;

type Terms = Record<string, unknown>;

export interface ChosenText {
  value: string;
  language: string;
  truncated: boolean;
}

// C0/C1 control characters (tab/newline included) become spaces; a label is one line.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Bidirectional overrides, embeddings, isolates and marks: invisible, and they reorder what follows. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function textOf(term: unknown): { value: string; language: string | null } | null {
  if (typeof term !== 'object' || term === null) return null;
  const { value, language } = term as Record<string, unknown>;
  if (typeof value !== 'string') return null;
  return { value, language: typeof language === 'string' ? language : null };
}

function clean(value: string): { value: string; truncated: boolean } {
  const oneLine = value.replace(BIDI, '').replace(CONTROL, ' ').trim();
  if (oneLine.length <= MAX_LABEL_LENGTH) return { value: oneLine, truncated: false };
  return { value: `${oneLine.slice(0, MAX_LABEL_LENGTH - 1)}…`, truncated: true };
}

/**
 * Picks a label or description by the language chain: the first language that has one
 * (a language-fallback value counts, with its real language), else any language as a last
 * resort (`mul` first, then alphabetical for stable output).
 */
export function chooseText(terms: unknown, languages: readonly string[]): ChosenText | null {
  if (typeof terms !== 'object' || terms === null) return null;
  const map = terms as Terms;
  const found = firstText(map, languages);
  if (found) return found;
  // Language codes are ASCII: code-unit order (localeCompare would load ICU's collator, ~5 ms).
  const lastResort = Object.keys(map).sort((a, b) => (a === 'mul' ? -1 : b === 'mul' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return firstText(map, lastResort);
}

function firstText(map: Terms, keys: readonly string[]): ChosenText | null {
  for (const key of keys) {
    const text = textOf(map[key]);
    if (!text) continue;
    const cleaned = clean(text.value);
    if (cleaned.value === '') continue;
    return { value: cleaned.value, language: text.language ?? key, truncated: cleaned.truncated };
  }
  return null;
}
