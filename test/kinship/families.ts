/** Hand-built families shared by the kinship tests (specs for test/support/family.ts). */
import type { PersonSpec } from '../support/family.js';

/**
 * Q1 & Q2 have Q3 (m) and Q4 (f). Q3 & Q5 have Q7 (m) and Q8 (f); Q3 & Q15 have Q16 (half-sibling
 * of Q7). Q4 & Q6 have Q9 (f). Q7 & Q11 have Q10 (u). Q9 & Q12 have Q13 (m). Q14 married Q8.
 */
export const COUSINS: Record<string, PersonSpec> = {
  Q1: { sex: 'male', spouses: ['Q2'] },
  Q2: { sex: 'female' },
  Q3: { sex: 'male', father: 'Q1', mother: 'Q2', spouses: ['Q5', 'Q15'] },
  Q4: { sex: 'female', father: 'Q1', mother: 'Q2', spouses: ['Q6'] },
  Q5: { sex: 'female' },
  Q6: { sex: 'male' },
  Q7: { sex: 'male', father: 'Q3', mother: 'Q5', spouses: ['Q11'] },
  Q8: { sex: 'female', father: 'Q3', mother: 'Q5', spouses: ['Q14'] },
  Q9: { sex: 'female', father: 'Q6', mother: 'Q4', spouses: ['Q12'] },
  Q10: { father: 'Q7', mother: 'Q11' },
  Q11: { sex: 'female' },
  Q12: { sex: 'male' },
  Q13: { sex: 'male', father: 'Q12', mother: 'Q9' },
  Q14: { sex: 'male' },
  Q15: { sex: 'female' },
  Q16: { sex: 'male', father: 'Q3', mother: 'Q15' },
  Q17: { sex: 'female', father: 'Q16' },
};

/** Double first cousins: brothers Q3, Q4 (of Q1 & Q2) married sisters Q5, Q6 (of Q21 & Q22). */
export const DOUBLE_COUSINS: Record<string, PersonSpec> = {
  Q1: { sex: 'male' },
  Q2: { sex: 'female' },
  Q21: { sex: 'male' },
  Q22: { sex: 'female' },
  Q3: { sex: 'male', father: 'Q1', mother: 'Q2', spouses: ['Q5'] },
  Q4: { sex: 'male', father: 'Q1', mother: 'Q2', spouses: ['Q6'] },
  Q5: { sex: 'female', father: 'Q21', mother: 'Q22' },
  Q6: { sex: 'female', father: 'Q21', mother: 'Q22' },
  Q7: { sex: 'female', father: 'Q3', mother: 'Q5' },
  Q8: { sex: 'male', father: 'Q4', mother: 'Q6' },
};

/**
 * One couple reached through both of B's parents (pedigree collapse): Q1 & Q2 have Q3, Q4, Q5.
 * A = Q10 (Q3's son); B = Q20, child of Q11 (Q4's son) and Q12 (Q5's daughter), first cousins.
 * B is A's first cousin once removed through Q1 & Q2 by two lines, one relationship.
 */
export const THROUGH_BOTH_PARENTS: Record<string, PersonSpec> = {
  Q1: { sex: 'male' },
  Q2: { sex: 'female' },
  Q3: { sex: 'male', father: 'Q1', mother: 'Q2' },
  Q4: { sex: 'female', father: 'Q1', mother: 'Q2' },
  Q5: { sex: 'male', father: 'Q1', mother: 'Q2' },
  Q30: { sex: 'female' },
  Q31: { sex: 'male' },
  Q32: { sex: 'female' },
  Q10: { sex: 'male', father: 'Q3', mother: 'Q30' },
  Q11: { sex: 'male', father: 'Q31', mother: 'Q4' },
  Q12: { sex: 'female', father: 'Q5', mother: 'Q32' },
  Q20: { sex: 'female', father: 'Q11', mother: 'Q12' },
};

/**
 * "Half" needs evidence. Q1 fathers Q4 (mother Q2), Q5 (mother Q3), Q6 (no mother recorded) and
 * Q7 (mother an unknown value). Q9 (Q4's son, mother Q20), Q10 (Q5's son, mother Q21) and Q11
 * (Q6's daughter) are Q1's grandchildren.
 */
export const HALF: Record<string, PersonSpec> = {
  Q1: { sex: 'male' },
  Q2: { sex: 'female' },
  Q3: { sex: 'female' },
  Q4: { sex: 'male', father: 'Q1', mother: 'Q2' },
  Q5: { sex: 'male', father: 'Q1', mother: 'Q3' },
  Q6: { sex: 'male', father: 'Q1' },
  Q7: { sex: 'female', father: 'Q1', mother: 'unknown' },
  Q20: { sex: 'female' },
  Q21: { sex: 'female' },
  Q9: { sex: 'male', father: 'Q4', mother: 'Q20' },
  Q10: { sex: 'male', father: 'Q5', mother: 'Q21' },
  Q11: { sex: 'female', father: 'Q6' },
};

/** Q5 is the child of full siblings Q3 and Q4 (children of Q1 & Q2): F = 1/4. */
export const CHILD_OF_SIBLINGS: Record<string, PersonSpec> = {
  Q1: { sex: 'male' },
  Q2: { sex: 'female' },
  Q3: { sex: 'male', father: 'Q1', mother: 'Q2' },
  Q4: { sex: 'female', father: 'Q1', mother: 'Q2' },
  Q5: { sex: 'female', father: 'Q3', mother: 'Q4' },
  Q6: { sex: 'male', father: 'Q3', mother: 'Q4' },
};

/**
 * Second cousins through several couples: couples Q1&Q2, Q3&Q4, Q5&Q6, Q7&Q8 each have a child on
 * A's side (Q11, Q12, Q13, Q14) and one on B's (Q21, Q22, Q23, Q24). A = Q50, B = Q60.
 * `couples` (2..4) keeps that many couples shared; the others' B-side children get other parents.
 */
export function secondCousinsThrough(couples: number): Record<string, PersonSpec> {
  const specs: Record<string, PersonSpec> = {};
  const pairs: Array<[string, string]> = [
    ['Q1', 'Q2'],
    ['Q3', 'Q4'],
    ['Q5', 'Q6'],
    ['Q7', 'Q8'],
  ];
  pairs.forEach(([father, mother], i) => {
    specs[father] = { sex: 'male' };
    specs[mother] = { sex: 'female' };
    specs[`Q${91 + i}`] = { sex: 'male' };
    specs[`Q${95 + i}`] = { sex: 'female' };
    const sex = i % 2 === 0 ? 'male' : 'female';
    specs[`Q${11 + i}`] = { sex, father: father as `Q${number}`, mother: mother as `Q${number}` };
    specs[`Q${21 + i}`] =
      i < couples
        ? { sex, father: father as `Q${number}`, mother: mother as `Q${number}` }
        : { sex, father: `Q${91 + i}`, mother: `Q${95 + i}` };
  });
  Object.assign(specs, {
    Q31: { sex: 'male', father: 'Q11', mother: 'Q12' },
    Q32: { sex: 'female', father: 'Q13', mother: 'Q14' },
    Q41: { sex: 'male', father: 'Q21', mother: 'Q22' },
    Q42: { sex: 'female', father: 'Q23', mother: 'Q24' },
    Q50: { sex: 'male', father: 'Q31', mother: 'Q32' },
    Q60: { sex: 'female', father: 'Q41', mother: 'Q42' },
  });
  return specs;
}
