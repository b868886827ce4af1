import { describe, expect, it } from '@jest/globals';
import { familyUnits } from '../../src/graph/families.js';
import type { ItemId } from '../../src/ids.js';
import { makeFamilyGraph } from '../support/family.js';

describe('familyUnits', () => {
  it('groups full siblings by birth, splits half-siblings, keeps single parents and childless couples', () => {
    const graph = makeFamilyGraph(
      {
        Q1: { sex: 'male', spouses: ['Q2', 'Q3'] },
        Q2: { sex: 'female' },
        Q3: { sex: 'female' },
        Q4: { father: 'Q1', mother: 'Q2', born: 1930 },
        Q5: { father: 'Q1', mother: 'Q2', born: 1920 },
        Q6: { father: 'Q1', mother: 'Q3', born: 1940 },
        Q7: { mother: 'Q3', father: 'unknown' },
        Q8: { spouses: ['Q9'] },
        Q9: {},
        Q10: { father: 'Q1', mother: 'Q2', fatherKinship: ['Q61740757'], motherKinship: ['Q61740758'], born: 1935 },
      },
      ['Q1' as ItemId],
    );
    const units = familyUnits(graph).map((u) => [u.parents, u.children, u.nonBirthChildren, u.spouseEdge]);
    expect(units).toEqual([
      [['Q1', 'Q2'], ['Q5', 'Q4', 'Q10'], ['Q10'], 'Q1~Q2'],
      [['Q1', 'Q3'], ['Q6'], [], 'Q1~Q3'],
      [['Q3'], ['Q7'], [], null],
      [['Q8', 'Q9'], [], [], 'Q8~Q9'],
    ]);
  });
});
