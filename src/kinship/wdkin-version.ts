/**
 * wdkin's version for the metadata of the graphs findKinship and findPedigree build, loaded on
 * demand: src/version.ts reads package.json with node:fs, and the kinship API (relate) is also
 * imported in a browser, where nothing may load node: modules when the module is imported.
 */
export async function wdkinVersion(): Promise<string> {
  const { WDKIN_VERSION } = await import('../version.js');
  return WDKIN_VERSION;
}
