/** What a bound cut off, in words: never a silent "not related". */
export function descentMessage(found: number, cut: boolean, maxGenerations: number): string | null {
  if (found === 0) {
    return cut
      ? `no common ancestor within ${maxGenerations} generations`
      : 'no common ancestor: not related by descent in this data';
  }
  return cut ? `only common ancestors within ${maxGenerations} generations were searched` : null;
}

export function pathMessage(cut: boolean, maxPathLength: number): string {
  return cut ? `no family path within ${maxPathLength} links` : 'no chain of family links connects them in this data';
}

export function pairsMessage(maxPairs: number): string {
  return `too many lines of descent to compare: stopped after ${maxPairs} pairs`;
}
