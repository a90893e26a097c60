// Timed rounds of two loops doing the same work. Each loop is warmed up until the JIT has compiled it,
// the iteration count is calibrated so a round takes long enough to dwarf timer noise, and the rounds
// alternate which side goes first so drift (frequency scaling, a neighbour's load) falls on both.
// Rounds are timed in CPU time of this process (process.cpuUsage: user + system, all its threads, GC
// included) rather than wall time: on a shared machine a descheduled loop stops the CPU clock but not the
// wall clock. Two estimates are kept: the median round, and the best round — interference can only add
// time (cache and core sharing still do), so the fastest round is the closest to the uncontended cost.

import { median } from '../generate/stats.ts';

export type Loop = (n: number) => number;

export interface PairResult {
  n: number;
  rounds: number;
  handNsPerIter: number;
  generatedNsPerIter: number;
  /** generated / hand-written time of the median rounds: 1.00 is parity, above 1 the generated view is slower. */
  ratio: number;
  handBestNs: number;
  generatedBestNs: number;
  /** generated / hand-written time of each side's fastest round. */
  bestRatio: number;
  checksumsAgree: boolean;
}

const WARMUP_ROUNDS = 6;
const WARMUP_N = 100_000;
const ROUND_MS = 40;

function timeNs(loop: Loop, n: number): { ns: number; sum: number } {
  const c0 = process.cpuUsage();
  const sum = loop(n);
  const d = process.cpuUsage(c0);
  return { ns: (d.user + d.system) * 1000, sum };
}

export function comparePair(hand: Loop, generated: Loop, rounds: number): PairResult {
  let agree = true;
  for (let r = 0; r < WARMUP_ROUNDS; r++) {
    if (hand(WARMUP_N) !== generated(WARMUP_N)) agree = false;
  }
  const probe = timeNs(hand, WARMUP_N);
  const n = Math.max(WARMUP_N, Math.round((WARMUP_N * ROUND_MS * 1e6) / Math.max(probe.ns, 1)));
  const handNs: number[] = [];
  const genNs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const first = r % 2 === 0;
    const a = first ? timeNs(hand, n) : undefined;
    const g = timeNs(generated, n);
    const b = first ? a! : timeNs(hand, n);
    if (b.sum !== g.sum) agree = false;
    handNs.push(b.ns / n);
    genNs.push(g.ns / n);
  }
  const h = median(handNs);
  const g = median(genNs);
  const hb = Math.min(...handNs);
  const gb = Math.min(...genNs);
  return { n, rounds, handNsPerIter: h, generatedNsPerIter: g, ratio: g / h, handBestNs: hb, generatedBestNs: gb, bestRatio: gb / hb, checksumsAgree: agree };
}
