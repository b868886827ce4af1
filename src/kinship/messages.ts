/** What a bound cut off or the data did, in words: never a silent "not related". Pure. */
import type { IgnoredLink } from './pedigree.js';

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

export const LINES_MESSAGE =
  'too many lines of descent to enumerate them all: the relationships, their lines and the path sum are lower bounds (φ, F and r are exact)';

export function closestMessage(levels: number): string {
  return `closest relationship proven after ${levels} ${levels === 1 ? 'generation' : 'generations'}: the relationships and the four numbers cover only the ancestors within ${levels} ${levels === 1 ? 'generation' : 'generations'} of either person`;
}

/** One note per link the pedigree left out. */
export function ignoredLinkMessages(ignored: readonly IgnoredLink[]): string[] {
  return ignored.map((link) =>
    link.reason === 'cycle'
      ? `ancestry cycle in the data: the link ${link.parent} (parent) -> ${link.child} is left out`
      : `${link.child} has more than one birth father or mother recorded: the coefficients leave out ${link.parent}`,
  );
}
