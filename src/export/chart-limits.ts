/** How many relationships a kinship chart (`wdkin kinship A B --out x.svg`) draws: by default, and at most. */
export const DEFAULT_CHART_MAX = 3;
export const MAX_CHART_MAX = 50;
