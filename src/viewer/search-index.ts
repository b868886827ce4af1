/**
 * Finding people by name or Q-id. Names are compared without case or accents ("Ludwig" finds
 * "Ludwíg"), word by word: every word typed must start a word of the name, or failing that
 * appear inside it. Best first: the exact Q-id, the exact name, names starting with what was
 * typed, all words at word starts, then inside words; ties go to people with more descendants.
 * Pure.
 */

export interface SearchEntry {
  qid: string;
  label: string;
  /** Larger sorts first among equally good matches. */
  weight: number;
}

export class SearchIndex {
  private readonly entries: readonly SearchEntry[];
  private readonly names: string[];
  private readonly byQid = new Map<string, number>();

  constructor(entries: readonly SearchEntry[]) {
    this.entries = entries;
    this.names = entries.map((e) => ` ${normalize(e.label)}`);
    entries.forEach((e, i) => this.byQid.set(e.qid.toUpperCase(), i));
  }

  /** Indexes of the best `limit` matches, best first. */
  search(query: string, limit = 10): number[] {
    const text = normalize(query);
    if (!text) return [];
    const exactQid = /^q[1-9][0-9]*$/.test(text) ? this.byQid.get(text.toUpperCase()) : undefined;
    const words = text.split(' ');
    const scored: Array<[index: number, tier: number]> = [];
    for (let i = 0; i < this.names.length; i += 1) {
      if (i === exactQid) continue;
      const tier = matchTier(this.names[i]!, text, words);
      if (tier >= 0) scored.push([i, tier]);
    }
    scored.sort(
      ([a, tierA], [b, tierB]) =>
        tierA - tierB ||
        this.entries[b]!.weight - this.entries[a]!.weight ||
        this.entries[a]!.label.length - this.entries[b]!.label.length ||
        a - b,
    );
    const found = scored.slice(0, exactQid === undefined ? limit : limit - 1).map(([i]) => i);
    return exactQid === undefined ? found : [exactQid, ...found];
  }

  /** The entry for an exact Q-id (any case), if any. */
  findQid(qid: string): number | undefined {
    return this.byQid.get(qid.trim().toUpperCase());
  }
}

/** Lower case, accents removed, runs of spaces and punctuation collapsed to one space. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** 0 exact, 1 prefix, 2 every word at a word start, 3 every word somewhere, -1 no match. */
function matchTier(name: string, text: string, words: readonly string[]): number {
  // names carry a leading space, so ` ${word}` finds a word start
  if (name.length === text.length + 1 && name.endsWith(text)) return 0;
  if (name.startsWith(` ${text}`)) return 1;
  let atStarts = true;
  for (const word of words) {
    if (name.includes(` ${word}`)) continue;
    if (!name.includes(word)) return -1;
    atStarts = false;
  }
  return atStarts ? 2 : 3;
}
