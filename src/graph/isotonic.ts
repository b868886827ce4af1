/**
 * Places items on a line, in a fixed order, as close as possible to where each wants to be while
 * keeping a minimum distance between neighbours: minimises sum w_i (x_i - desired_i)^2 subject to
 * x_{i+1} - x_i >= gap_i. Solved exactly in linear time by weighted isotonic regression
 * (pool adjacent violators) on desired_i minus the cumulative gaps.
 */
export function placeInOrder(
  desired: readonly number[],
  weights: readonly number[],
  gaps: readonly number[],
): number[] {
  const n = desired.length;
  const offset = new Array<number>(n);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    offset[i] = acc;
    acc += gaps[i] ?? 0;
  }
  // Blocks of pooled items: mean value, total weight, item count.
  const mean: number[] = [];
  const weight: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    let m = desired[i]! - offset[i]!;
    let w = Math.max(weights[i] ?? 1, 1e-9);
    let c = 1;
    while (mean.length > 0 && mean[mean.length - 1]! >= m) {
      const pm = mean.pop()!;
      const pw = weight.pop()!;
      const pc = count.pop()!;
      m = (pm * pw + m * w) / (pw + w);
      w += pw;
      c += pc;
    }
    mean.push(m);
    weight.push(w);
    count.push(c);
  }
  const x = new Array<number>(n);
  let i = 0;
  for (let b = 0; b < mean.length; b++) {
    for (let k = 0; k < count[b]!; k++, i++) x[i] = mean[b]! + offset[i]!;
  }
  return x;
}
