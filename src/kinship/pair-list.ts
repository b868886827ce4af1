/**
 * The pairs file of `wdkin kinship --pairs`: one pair per line, `A<TAB>B` (Q-ids or Wikidata
 * URLs; further columns, such as labels, are ignored), blank lines and lines starting with `#`
 * skipped. Pure: the caller reads the file.
 */

/** One pair to answer, or why its line cannot be one. Line numbers count from 1. */
export type PairLine = { line: number; a: string; b: string } | { line: number; error: string };

export function parsePairList(text: string): PairLine[] {
  const pairs: PairLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = raw.trim();
    if (content === '' || content.startsWith('#')) return;
    const fields = raw.split('\t').map((field) => field.trim());
    if (fields.length < 2 || !fields[0] || !fields[1]) {
      pairs.push({ line: i + 1, error: `expected two ids separated by a tab, got ${JSON.stringify(clip(content))}` });
      return;
    }
    pairs.push({ line: i + 1, a: fields[0], b: fields[1] });
  });
  return pairs;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
