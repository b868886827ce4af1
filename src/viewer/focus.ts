/**
 * What the drawing emphasises at a given moment: people hidden by the filters, the selected
 * person, the people and links in focus (a person's close family, or the paths of a kinship
 * view); everyone else is drawn faded. Pure.
 */

export interface Focus {
  hidden: ReadonlySet<string>;
  /** The selected person, or the two people of a kinship view. */
  selected: ReadonlySet<string>;
  /** People drawn in full; null when nobody is faded. */
  people: ReadonlySet<string> | null;
  /** Links drawn strong. */
  links: ReadonlySet<string>;
  /** Strong links take the path colour (kinship) rather than their relation's colour. */
  paths: boolean;
}

export const NO_FOCUS: Focus = { hidden: new Set(), selected: new Set(), people: null, links: new Set(), paths: false };
