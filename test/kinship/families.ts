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
