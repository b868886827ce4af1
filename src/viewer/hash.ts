/**
 * The URL hash keeps what is shown, so a view can be shared: `#Q9439` selects a person,
 * `#Q9682,Q80976` shows how the second is related to the first. Pure.
 */

export interface HashState {
  selected: string | null;
  /** The second person of a kinship view. */
  other: string | null;
}

const QID = /^Q[1-9][0-9]{0,11}$/;

export function parseHash(hash: string): HashState {
  let text = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    text = decodeURIComponent(text);
  } catch {
    return { selected: null, other: null };
  }
  const [first, second] = text
    .split(/[,+&/ ]/)
    .map((part) => part.trim().toUpperCase())
    .filter((part) => part.length > 0);
  const selected = first && QID.test(first) ? first : null;
  const other = selected && second && QID.test(second) && second !== selected ? second : null;
  return { selected, other };
}

export function formatHash(state: HashState): string {
  if (!state.selected) return '';
  return state.other ? `#${state.selected},${state.other}` : `#${state.selected}`;
}
