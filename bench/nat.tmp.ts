import { rng } from './lib.js';

const codes = Array.from({ length: 45 }, (_, i) => `D${i % 7}.B${i}`);
const random = rng(1);
const vals = Array.from({ length: 3000 }, () => {
  const v: Record<string, unknown> = {};
  for (const c of codes) v[c] = { kind: 'rate', numerator: 1, denominator: 2 };
  return v;
});
// @ts-expect-error
console.log('fast?', eval('%HasFastProperties(vals[0])'));
const med = (x: number[]) => x.sort((a, b) => a - b)[x.length >> 1]!;
const t: number[] = [],
  u: number[] = [],
  w: number[] = [];
let s = 0;
for (let r = 0; r < 30; r++) {
  let t0 = performance.now();
  for (const v of vals) s += Object.keys(v).length;
  t.push(performance.now() - t0);
  t0 = performance.now();
  for (const v of vals) {
    for (const _ in v) s++;
  }
  u.push(performance.now() - t0);
  t0 = performance.now();
  for (const v of vals) {
    for (const c of codes) if (v[c] !== undefined) s++;
  }
  w.push(performance.now() - t0);
}
console.log(
  'Object.keys',
  med(t).toFixed(2),
  'for-in',
  med(u).toFixed(2),
  '45 lookups',
  med(w).toFixed(2),
  s > 0,
);
