import { type BackwardStep, compileSteps, type ForwardStep } from './decode-steps.js';
import { BODY, BYLINE, CHROME, DISCLAIMER } from './scoring.js';

/**
 * Sequence decoding. An article page is read as three zones in order: site chrome before the
 * article, the article (body with some boilerplate inside it) and chrome after it. Each state
 * is a zone and a label; the best path over all lines at once (Viterbi) finds boilerplate as
 * blocks: a short line takes the label of its block, and a tail of chrome is cheaper to leave
 * as "after the article" than to keep paying for boilerplate inside it.
 */
export const PRE = 0;
export const MAIN = 1;
export const POST = 2;

interface State {
  zone: number;
  label: number;
}

const STATES: readonly State[] = [
  // Only the line that reads as the headline can be body before the article: the bylines,
  // dates and share buttons between it and the first paragraph need not be paid for as
  // boilerplate inside the article.
  { zone: PRE, label: BODY },
  { zone: PRE, label: BYLINE },
  { zone: PRE, label: DISCLAIMER },
  { zone: PRE, label: CHROME },
  { zone: MAIN, label: BODY },
  { zone: MAIN, label: BYLINE },
  { zone: MAIN, label: DISCLAIMER },
  { zone: MAIN, label: CHROME },
  { zone: POST, label: BYLINE },
  { zone: POST, label: DISCLAIMER },
  { zone: POST, label: CHROME },
];

export interface DecoderWeights {
  /** Cost of changing label between neighbouring lines: what makes boilerplate come in blocks. */
  switchCost: number;
  /** Cost of each boilerplate line inside the article zone. */
  inlineCost: number;
  /** Added to every body score: losing article text costs more than keeping some chrome. */
  bodyBias: number;
  /** Scale of the prose model's log-odds against the rule weights. */
  proseScale: number;
  /** Cost of each boilerplate line before or after the article (normally free). */
  outsideCost: number;
  /**
   * Outside the article a prose-like line may still be chrome (teasers, comments): it scores
   * as chrome with its body evidence minus this discount.
   */
  outsideProseDiscount: number;
  /** Cost of ending the article on a line that is not a section marker ("Comments", "Related"). */
  tailEntryCost: number;
  /** Share of a boilerplate rule's weight taken from the line's body score. */
  ruleExplainsProse: number;
  /** Body evidence for the line that reads as the headline above the first paragraph. */
  headlineBonus: number;
  /**
   * Cost of leaving the article before a wire's sign-off that closes a paragraph: the copy
   * above the tag is the story's own, even with an "Also read" line or an ad inside it.
   */
  aboveSignOffCost: number;
}

export const DEFAULT_WEIGHTS: DecoderWeights = {
  switchCost: 0.4,
  inlineCost: 0.5,
  bodyBias: 1.6,
  proseScale: 1,
  outsideCost: 0,
  outsideProseDiscount: 1,
  tailEntryCost: 2,
  ruleExplainsProse: 0.8,
  headlineBonus: 2,
  aboveSignOffCost: 2,
};

/** What the decoder needs of one non-blank line. */
export interface DecoderLine {
  /** Label scores, indexed like LABELS. */
  scores: readonly number[];
  /** The line opens a section that follows articles: comments, related stories. */
  marker: boolean;
  /** The line reads as the headline (or its standfirst) above the first paragraph. */
  headline?: boolean;
  /** The line sits in the few lines above a wire's sign-off that closes a paragraph. */
  aboveSignOff?: boolean;
}

export interface DecodedLine {
  label: number;
  zone: number;
  /** Probability-like margin of the chosen label against the others (max-marginals). */
  confidence: number;
}

function emission(line: DecoderLine, state: State, weights: DecoderWeights): number {
  const scores = line.scores;
  if (state.zone === PRE && state.label === BODY && line.headline !== true) return Number.NEGATIVE_INFINITY;
  const base = (scores[state.label] as number) + (state.label === BODY ? weights.bodyBias : 0);
  if (state.zone === MAIN) return state.label === BODY ? base : base - weights.inlineCost;
  const outside =
    weights.outsideCost + (state.zone === POST && line.aboveSignOff ? weights.aboveSignOffCost : 0);
  if (state.label !== CHROME) return base - outside;
  const proseAsChrome = (scores[BODY] as number) - weights.outsideProseDiscount;
  return Math.max(base, proseAsChrome) - outside;
}

function transition(from: State, to: State, weights: DecoderWeights, marker: boolean): number {
  // Zones only go forward, and "after the article" needs an article: a page with no body
  // stays "before" to its end.
  if (to.zone < from.zone || (from.zone === PRE && to.zone === POST)) return Number.NEGATIVE_INFINITY;
  const labelChange = from.label === to.label ? 0 : -weights.switchCost;
  const tailEntry = from.zone === MAIN && to.zone === POST && !marker ? -weights.tailEntryCost : 0;
  return labelChange + tailEntry;
}

/**
 * The forward and backward steps into a line for its transition scores (from state i to state
 * j at [i * s + j]). Zones only move forward, so a third of the transitions are impossible;
 * the steps leave them out, which changes no maximum, so no score.
 */
interface Step {
  forward: ForwardStep;
  backward: BackwardStep;
}

/**
 * Steps into a plain line and into a section marker, built once per transition weights rather
 * than once per document (they are the same for every document).
 */
const STEPS = new Map<string, { plain: Step; atMarker: Step }>();

function stepsFor(weights: DecoderWeights): { plain: Step; atMarker: Step } {
  // Only these two weights enter a transition (see `transition`); -0 is a weight of its own,
  // since it gives transition scores of -0 where 0 gives 0.
  const key = [weights.switchCost, weights.tailEntryCost]
    .map((w) => (Object.is(w, -0) ? '-0' : String(w)))
    .join('/');
  let steps = STEPS.get(key);
  if (!steps) {
    const step = (marker: boolean): Step => {
      const trans = Float64Array.from(
        STATES.flatMap((from) => STATES.map((to) => transition(from, to, weights, marker))),
      );
      return compileSteps(trans, STATES.length, possibleBounds(trans, STATES.length));
    };
    steps = { plain: step(false), atMarker: step(true) };
    STEPS.set(key, steps);
  }
  return steps;
}

/** Decode label scores (one array per non-blank line, indexed like LABELS). */
export function decode(lines: readonly DecoderLine[], weights = DEFAULT_WEIGHTS): DecodedLine[] {
  const n = lines.length;
  if (n === 0) return [];
  const s = STATES.length;
  const { plain, atMarker } = stepsFor(weights);
  const emit = emissions(lines, weights);
  const forward = new Float64Array(n * s);
  const backPointer = new Int8Array(n * s);
  const backward = new Float64Array(n * s);
  for (let j = 0; j < s; j++) forward[j] = emit[j] as number;
  for (let t = 1; t < n; t++)
    ((lines[t] as DecoderLine).marker ? atMarker : plain).forward(forward, backPointer, emit, t);
  for (let t = n - 2; t >= 0; t--)
    ((lines[t + 1] as DecoderLine).marker ? atMarker : plain).backward(backward, emit, t);
  let last = 0;
  for (let j = 1; j < s; j++)
    if ((forward[(n - 1) * s + j] as number) > (forward[(n - 1) * s + last] as number)) last = j;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let t = n - 1; t > 0; t--) path[t - 1] = backPointer[t * s + (path[t] as number)] as number;
  const decoded = new Array<DecodedLine>(n);
  const best = new Float64Array(LABEL_COUNT);
  for (let t = 0; t < n; t++) {
    const state = STATES[path[t] as number] as State;
    decoded[t] = {
      label: state.label,
      zone: state.zone,
      confidence: labelConfidence(forward, backward, t, s, state.label, best),
    };
  }
  return decoded;
}

/** Every line's emission score in every state, at [t * s + j]. */
function emissions(lines: readonly DecoderLine[], weights: DecoderWeights): Float64Array {
  const s = STATES.length;
  const emit = new Float64Array(lines.length * s);
  for (let t = 0; t < lines.length; t++) {
    const line = lines[t] as DecoderLine;
    for (let j = 0; j < s; j++) emit[t * s + j] = emission(line, STATES[j] as State, weights);
  }
  return emit;
}

interface Bounds {
  /** For each state, the first and last state it can be reached from. */
  fromLow: Int8Array;
  fromHigh: Int8Array;
  /** For each state, the first and last state it can go to. */
  toLow: Int8Array;
  toHigh: Int8Array;
}

/** Where the possible (finite) transitions of each state lie; every other one is -Infinity. */
function possibleBounds(trans: Float64Array, s: number): Bounds {
  const bounds: Bounds = {
    fromLow: new Int8Array(s).fill(s),
    fromHigh: new Int8Array(s).fill(-1),
    toLow: new Int8Array(s).fill(s),
    toHigh: new Int8Array(s).fill(-1),
  };
  for (let i = 0; i < s; i++) {
    for (let j = 0; j < s; j++) {
      if (trans[i * s + j] === Number.NEGATIVE_INFINITY) continue;
      bounds.fromLow[j] = Math.min(bounds.fromLow[j] as number, i);
      bounds.fromHigh[j] = Math.max(bounds.fromHigh[j] as number, i);
      bounds.toLow[i] = Math.min(bounds.toLow[i] as number, j);
      bounds.toHigh[i] = Math.max(bounds.toHigh[i] as number, j);
    }
  }
  return bounds;
}

const LABEL_COUNT = 4;

/** Softmax over labels of the best whole-path score that gives line t each label (`best` is scratch space). */
function labelConfidence(
  forward: Float64Array,
  backward: Float64Array,
  t: number,
  s: number,
  chosen: number,
  best: Float64Array,
): number {
  best.fill(Number.NEGATIVE_INFINITY);
  for (let j = 0; j < s; j++) {
    const label = (STATES[j] as State).label;
    const value = (forward[t * s + j] as number) + (backward[t * s + j] as number);
    if (value > (best[label] as number)) best[label] = value;
  }
  const top = best[chosen] as number;
  let sum = 0;
  for (const value of best) if (Number.isFinite(value)) sum += Math.exp(value - top);
  return 1 / sum;
}
