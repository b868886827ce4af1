/**
 * How are two people related? Every relationship by degree, the common ancestor couples, and
 * the four numbers (path sum, kinship φ, inbreeding F of both, Wright's r).
 *
 *   npm run build:bench && node build/examples/how-related.js Q9682 Q80976     (from the repository root)
 *
 * In your own project, import from 'wdkin' instead of '../src/index.js'.
 */
import { pathToFileURL } from 'node:url';
import { findKinship, openFileSource, type PersonSource } from '../src/index.js';

/** The answer for `a` and `b` as lines of text. */
export async function howRelated(source: PersonSource, a: string, b: string): Promise<string[]> {
  const kin = await findKinship(source, a, b, { maxGenerations: 10 });
  const label = (id: string) => (kin.graph.hasNode(id) ? kin.graph.getNodeAttribute(id, 'label') : id);
  const lines = [`${label(kin.b)} is ${label(kin.a)}'s`];
  for (const degree of kin.degrees) {
    const couples = kin.relationships
      .filter(
        (r) =>
          r.name === degree.name && r.generationsA === degree.generationsA && r.generationsB === degree.generationsB,
      )
      .map((r) => r.commonAncestors.map(label).join(' & '));
    lines.push(`  ${degree.label}: through ${couples.join('; ')}`);
  }
  for (const r of kin.relationships.filter((r) => ['spouse', 'in-law', 'step'].includes(r.kind))) {
    lines.push(`  ${r.name}`);
  }
  lines.push(
    `path sum ${kin.pathSum.toFixed(5)}, φ ${kin.kinship.toFixed(5)}, ` +
      `F ${kin.inbreeding.a.toFixed(5)} / ${kin.inbreeding.b.toFixed(5)}, r ${kin.coefficient.toFixed(5)}`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [a = 'Q9682', b = 'Q80976'] = process.argv.slice(2);
  const source = await openFileSource(process.env.WDKIN_SNAPSHOT ?? 'data/european-royals.ndjson.gz', {
    languages: ['en', 'fr'],
  });
  for (const line of await howRelated(source, a, b)) console.log(line);
}
