/** Families for the export tests, built by the real graph builder (test/support/family.ts). */
import { makeFamilyGraph, type PersonSpec } from '../support/family.js';
import type { FamilyGraph } from '../../src/graph/types.js';
import type { ItemId } from '../../src/ids.js';

export const MARKUP_LABEL = `<b>"Q" & 'x'</b>\n\\ &amp; @home`;

/**
 * Small family with the awkward cases: a second marriage and a half-sibling (Q4 vs Q5/Q6), an
 * unknown parent (Q7's mother), an unknown sex and a label full of markup (Q6), an adoption
 * (Q10), a childless couple (Q6 ~ Q11), day-precision and Julian dates.
 */
export function smallFamily(): FamilyGraph {
  const graph = makeFamilyGraph(
    {
      Q1: { label: 'George', sex: 'male', born: 1900, died: 1970, spouses: ['Q2', 'Q3'] },
      Q2: { label: 'Anna', sex: 'female', born: 1902, died: 1930 },
      Q3: { label: 'Beatrice', sex: 'female', born: 1905, died: 1990 },
      Q4: { label: 'Charles', sex: 'male', born: 1925, father: 'Q1', mother: 'Q2' },
      Q5: { label: 'Diana', sex: 'female', born: 1935, father: 'Q1', mother: 'Q3', spouses: ['Q8'] },
      Q6: { label: MARKUP_LABEL, sex: 'unknown', born: 1938, father: 'Q1', mother: 'Q3', spouses: ['Q11'] },
      Q7: { label: 'Edward', sex: 'male', born: 1950, father: 'Q4', mother: 'unknown' },
      Q8: { label: 'Frank', sex: 'male', born: 1933 },
      Q9: { label: 'Grace', sex: 'female', born: 1960, father: 'Q8', mother: 'Q5' },
      Q10: {
        label: 'Henry',
        sex: 'male',
        born: 1962,
        father: 'Q8',
        mother: 'Q5',
        fatherKinship: ['Q61740757'],
        motherKinship: ['Q61740758'],
      },
      Q11: { label: 'Иван 🙂 עברית', sex: 'other', born: 1939 },
    },
    ['Q4' as ItemId],
  );
  graph.setNodeAttribute('Q1', 'birth', {
    year: 1900,
    month: 5,
    day: 24,
    precision: 11,
    calendar: 'gregorian',
    bce: false,
    time: '+1900-05-24T00:00:00Z',
  });
  graph.setNodeAttribute('Q2', 'death', {
    year: 1930,
    month: 3,
    precision: 10,
    calendar: 'julian',
    bce: false,
    time: '+1930-03-00T00:00:00Z',
  });
  graph.setEdgeAttribute('Q5~Q8', 'start', {
    year: 1958,
    month: 6,
    day: 1,
    precision: 11,
    calendar: 'gregorian',
    bce: false,
    time: '+1958-06-01T00:00:00Z',
  });
  return graph;
}

/** A royal-style family of about forty people over five generations, for looking at the drawing. */
export function royalFamily(): FamilyGraph {
  const specs: Record<string, PersonSpec> = {};
  const person = (id: number, label: string, sex: 'male' | 'female', born: number, extra: PersonSpec = {}) => {
    specs[`Q${id}`] = { label, sex, born, died: born + 60, ...extra };
  };
  person(1, 'King Albert I', 'male', 1800, { spouses: ['Q2'] });
  person(2, 'Queen Louise', 'female', 1802);
  const kids: Array<[number, string, 'male' | 'female', number, number]> = [
    [3, 'Prince Frederick', 'male', 1822, 4],
    [5, 'Princess Alice', 'female', 1824, 6],
    [7, 'Prince Leopold', 'male', 1826, 8],
    [9, 'Princess Helena', 'female', 1828, 10],
  ];
  for (const [id, label, sex, born, spouse] of kids) {
    person(id, label, sex, born, { father: 'Q1', mother: 'Q2', spouses: [`Q${spouse}`] });
    person(
      spouse,
      `${sex === 'male' ? 'Duchess' : 'Duke'} ${['Mary', 'Otto', 'Sophie', 'Karl'][kids.findIndex((k) => k[0] === id)]} of ${['Teck', 'Hesse', 'Baden', 'Saxe'][kids.findIndex((k) => k[0] === id)]}`,
      sex === 'male' ? 'female' : 'male',
      born + 1,
    );
  }
  let next = 11;
  const grandchildren: number[] = [];
  const g = (i: number): ItemId => `Q${grandchildren[i]!}`;
  for (const [id, , sex, born, spouse] of kids) {
    const [father, mother] = sex === 'male' ? [id, spouse] : [spouse, id];
    for (let c = 0; c < 3; c++) {
      const childId = next++;
      person(
        childId,
        c % 2 === 0
          ? `Prince ${['Arthur', 'Christian', 'Ernest', 'George'][childId % 4]}`
          : `Princess ${['Beatrice', 'Dagmar', 'Feodora'][childId % 3]}`,
        c % 2 === 0 ? 'male' : 'female',
        born + 22 + c * 2,
        { father: `Q${father}`, mother: `Q${mother}` },
      );
      grandchildren.push(childId);
    }
  }
  // Two cousins marry (pedigree collapse), one grandchild marries twice.
  specs[g(0)]!.spouses = [g(4), 'Q90'];
  person(90, 'Lady Jane Grey-Smith', 'female', 1850);
  for (let c = 0; c < 3; c++)
    person(next++, `Heir ${c + 1} of the cousins`, c === 1 ? 'female' : 'male', 1875 + c, {
      father: g(0),
      mother: g(4),
    });
  person(next++, 'Child of the second marriage', 'male', 1885, { father: g(0), mother: 'Q90' });
  person(next++, 'Grandchild with unknown father', 'female', 1870, { father: 'unknown', mother: g(7) });
  specs[g(9)]!.spouses = ['Q91'];
  person(91, 'Count Rudolf', 'male', 1848);
  for (let c = 0; c < 2; c++)
    person(next++, `Count's child ${c + 1}`, c === 0 ? 'male' : 'female', 1872 + c, { father: 'Q91', mother: g(9) });
  return makeFamilyGraph(specs, ['Q1' as ItemId, g(0) as ItemId]);
}
