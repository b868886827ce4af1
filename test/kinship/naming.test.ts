import { describe, expect, it } from '@jest/globals';
import { bloodName, cousinDegree, neutralBloodName, ordinalNumber } from '../../src/kinship/naming.js';
import type { Sex } from '../../src/person/types.js';

const name = (ga: number, gb: number, sex: Sex = 'unknown', half = false) =>
  bloodName({ generationsA: ga, generationsB: gb, half }, sex);

describe("bloodName (kinship.md table: B is A's ...)", () => {
  it.each([
    [0, 1, 'male', 'son'],
    [0, 1, 'female', 'daughter'],
    [0, 1, 'unknown', 'child'],
    [0, 2, 'female', 'granddaughter'],
    [0, 3, 'unknown', 'great-grandchild'],
    [0, 4, 'male', '2nd-great-grandson'],
    [1, 0, 'male', 'father'],
    [2, 0, 'female', 'grandmother'],
    [3, 0, 'unknown', 'great-grandparent'],
    [4, 0, 'unknown', '2nd-great-grandparent'],
    [5, 0, 'male', '3rd-great-grandfather'],
    [1, 1, 'male', 'brother'],
    [1, 1, 'female', 'sister'],
    [1, 1, 'other', 'sibling'],
    [2, 1, 'male', 'uncle'],
    [2, 1, 'female', 'aunt'],
    [3, 1, 'male', 'great-uncle'],
    [4, 1, 'female', 'great-great-aunt'],
    [1, 2, 'male', 'nephew'],
    [1, 2, 'female', 'niece'],
    [1, 3, 'male', 'grandnephew'],
    [1, 4, 'female', 'great-grandniece'],
    [2, 2, 'male', 'first cousin'],
    [3, 3, 'unknown', 'second cousin'],
    [4, 4, 'male', 'third cousin'],
    [4, 3, 'male', 'second cousin once removed'],
    [3, 4, 'female', 'second cousin once removed'],
    [2, 4, 'unknown', 'first cousin twice removed'],
    [2, 5, 'unknown', 'first cousin 3 times removed'],
    [11, 11, 'unknown', 'tenth cousin'],
    [14, 14, 'unknown', '13th cousin'],
  ] as Array<[number, number, Sex, string]>)('(%i, %i) %s -> %s', (ga, gb, sex, expected) => {
    expect(name(ga, gb, sex)).toBe(expected);
  });

  it('uses neutral words when the sex is unknown', () => {
    expect(name(2, 1)).toBe("parent's sibling");
    expect(name(3, 1)).toBe("grandparent's sibling");
    expect(name(1, 2)).toBe("sibling's child");
    expect(name(1, 3)).toBe("sibling's grandchild");
    expect(neutralBloodName({ generationsA: 2, generationsB: 1, half: false })).toBe("parent's sibling");
  });

  it('says half only for collateral relationships', () => {
    expect(name(1, 1, 'male', true)).toBe('half-brother');
    expect(name(1, 1, 'unknown', true)).toBe('half-sibling');
    expect(name(2, 2, 'female', true)).toBe('half-first cousin');
    expect(name(2, 1, 'female', true)).toBe('half-aunt');
    expect(name(2, 1, 'unknown', true)).toBe("parent's half-sibling");
    expect(name(1, 2, 'unknown', true)).toBe("half-sibling's child");
    expect(name(0, 1, 'male', true)).toBe('son');
  });

  it('computes cousin degree and removal only when both counts are at least 2', () => {
    expect(cousinDegree(4, 3)).toEqual({ degree: 2, removed: 1 });
    expect(cousinDegree(2, 1)).toBeNull();
    expect(ordinalNumber(21)).toBe('21st');
    expect(ordinalNumber(12)).toBe('12th');
  });
});
