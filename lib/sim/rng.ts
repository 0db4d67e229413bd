/**
 * Seeded pseudo-random numbers. No Math.random anywhere in lib/sim: every simulation is
 * reproducible from its spec. xoshiro128** (Blackman & Vigna 2018) seeded through splitmix32,
 * 32-bit integer arithmetic only, so results are identical in every JS engine.
 */
export interface Rng {
  /** Uniform 32-bit unsigned integer. */
  nextU32(): number;
  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number;
  /** Uniform in [lo, hi). */
  uniformIn(lo: number, hi: number): number;
  /** Standard normal (Box–Muller; both variates are used). */
  normal(): number;
}

function splitmix32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Seeds are integers in [0, 2^32); other numbers are reduced (documented in README). */
export function createRng(seed: number): Rng {
  const sm = splitmix32(Math.floor(Math.abs(seed)) % 4294967296);
  let a = sm();
  let b = sm();
  let c = sm();
  let d = sm();
  if ((a | b | c | d) === 0) a = 1; // the all-zero state is a fixed point of xoshiro
  let spare: number | null = null;

  const nextU32 = (): number => {
    const result = Math.imul(rotl(Math.imul(b, 5), 7), 9) >>> 0;
    const t = b << 9;
    c ^= a;
    d ^= b;
    b ^= c;
    a ^= d;
    c ^= t;
    d = rotl(d, 11);
    return result;
  };
  const uniform = (): number =>
    ((nextU32() >>> 5) * 67108864 + (nextU32() >>> 6)) / 9007199254740992;
  return {
    nextU32,
    uniform,
    uniformIn: (lo, hi) => lo + (hi - lo) * uniform(),
    normal: () => {
      if (spare !== null) {
        const s = spare;
        spare = null;
        return s;
      }
      // 1 - u lies in (0, 1], so the log is finite.
      const r = Math.sqrt(-2 * Math.log(1 - uniform()));
      const theta = 2 * Math.PI * uniform();
      spare = r * Math.sin(theta);
      return r * Math.cos(theta);
    },
  };
}

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
