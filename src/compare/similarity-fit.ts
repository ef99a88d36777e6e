/**
 * One example for the paraphrase model: dense features, and the words that fire a learned per-word weight (a
 * word may repeat; each occurrence adds its weight).
 */
export interface Example {
  readonly features: readonly number[];
  readonly words: readonly string[];
}

/** A fitted logistic model: score = sigmoid(bias + weights . features + sum of word weights over words). */
export interface LogisticModel {
  readonly weights: readonly number[];
  readonly bias: number;
  /** Learned weight per word; a word not in the map weighs 0, so unseen vocabulary leaves the dense model alone. */
  readonly words: ReadonlyMap<string, number>;
}

export interface FitOptions {
  /** L2 penalty on the dense weights (not the bias), in units of the summed log-loss. */
  readonly l2: number;
  /** L2 penalty on each word weight: much stronger than `l2`, as a word is seen in a handful of pairs. */
  readonly wordL2: number;
  /** Words seen in fewer training examples get no weight: too rare to learn from, and a table entry for nothing. */
  readonly minWordCount: number;
}

/** L-BFGS iterations at most: a guard only, MRPC's 4,076 pairs need ~300. */
const MAX_ITERATIONS = 2000;
/** Correction pairs kept by L-BFGS; 10 is the usual choice, more does not help a convex log-loss. */
const HISTORY = 10;
/**
 * Stop when the gradient's largest entry is below this. The penalty makes the loss at least `l2`-curved, so a
 * weight is then within ~1e-4 / l2 of its optimum: invisible in the 3-4 printed decimals. (On MRPC the line search
 * stops making progress at ~4e-5 in double precision, after ~330 iterations; that ends the loop too.)
 */
const GRADIENT_TOLERANCE = 1e-4;
/** Armijo sufficient-decrease constant of the backtracking line search (Nocedal & Wright's 1e-4). */
const ARMIJO = 1e-4;
const MAX_HALVINGS = 40;

/**
 * Fit an L2-regularised logistic regression over dense features plus one weight per frequent word, by L-BFGS
 * (Newton's method would need a Hessian over thousands of word weights).
 * @example fitLogistic([{ features: [0], words: [] }, { features: [1], words: [] }], [false, true], { l2: 1, wordL2: 10, minWordCount: 1 }).weights[0] > 0 // true
 */
export function fitLogistic(examples: readonly Example[], labels: readonly boolean[], options: FitOptions): LogisticModel {
  const data = encodeExamples(examples, options.minWordCount);
  const theta = minimise(data, labels, options);
  const width = data.width;
  const words = new Map<string, number>();
  data.vocabulary.forEach((word, k) => {
    words.set(word, theta[width + k]!);
  });
  return { weights: Array.from(theta.subarray(0, width - 1)), bias: theta[width - 1]!, words };
}

export function applyLogistic(model: LogisticModel, example: Example): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i] ?? 0) * (example.features[i] ?? 0);
  for (const word of example.words) z += model.words.get(word) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

interface EncodedExamples {
  /** Dense features plus the bias column, `width` per example, flat. */
  readonly dense: Float64Array;
  readonly width: number;
  /** Word indexes per example (into `vocabulary`), flat with offsets. */
  readonly wordIds: Int32Array;
  readonly wordStart: Int32Array;
  readonly vocabulary: readonly string[];
}

function encodeExamples(examples: readonly Example[], minWordCount: number): EncodedExamples {
  const width = (examples[0]?.features.length ?? 0) + 1;
  const dense = new Float64Array(examples.length * width);
  const seen = new Map<string, number>();
  examples.forEach((example, r) => {
    for (let i = 0; i < width - 1; i++) dense[r * width + i] = example.features[i] ?? 0;
    dense[r * width + width - 1] = 1;
    for (const word of new Set(example.words)) seen.set(word, (seen.get(word) ?? 0) + 1);
  });
  // Sorted so that the same data always gives the same parameter order, hence bit-identical fits.
  const vocabulary = [...seen].filter(([, count]) => count >= minWordCount).map(([word]) => word).sort();
  const index = new Map(vocabulary.map((word, k) => [word, k]));
  const ids: number[] = [];
  const wordStart = new Int32Array(examples.length + 1);
  examples.forEach((example, r) => {
    for (const word of example.words) {
      const k = index.get(word);
      if (k !== undefined) ids.push(k);
    }
    wordStart[r + 1] = ids.length;
  });
  return { dense, width, wordIds: Int32Array.from(ids), wordStart, vocabulary };
}

/** Penalised log-loss and its gradient at theta = [dense weights, bias, word weights]. */
function measureLoss(data: EncodedExamples, labels: readonly boolean[], options: FitOptions, theta: Float64Array, gradient: Float64Array): number {
  const { dense, width, wordIds, wordStart } = data;
  gradient.fill(0);
  let loss = 0;
  for (let r = 0; r < labels.length; r++) {
    const offset = r * width;
    let z = 0;
    for (let i = 0; i < width; i++) z += theta[i]! * dense[offset + i]!;
    for (let w = wordStart[r]!; w < wordStart[r + 1]!; w++) z += theta[width + wordIds[w]!]!;
    // log(1 + e^-|z|) form: exact and overflow-free for large |z|.
    const margin = labels[r] ? z : -z;
    loss += Math.max(-margin, 0) + Math.log1p(Math.exp(-Math.abs(margin)));
    const residual = 1 / (1 + Math.exp(-z)) - (labels[r] ? 1 : 0);
    for (let i = 0; i < width; i++) gradient[i]! += residual * dense[offset + i]!;
    for (let w = wordStart[r]!; w < wordStart[r + 1]!; w++) gradient[width + wordIds[w]!]! += residual;
  }
  for (let i = 0; i < theta.length; i++) {
    if (i === width - 1) continue;
    const penalty = i < width ? options.l2 : options.wordL2;
    loss += 0.5 * penalty * theta[i]! ** 2;
    gradient[i]! += penalty * theta[i]!;
  }
  return loss;
}

/** L-BFGS (Nocedal & Wright, algorithm 7.4) with a backtracking Armijo line search. */
function minimise(data: EncodedExamples, labels: readonly boolean[], options: FitOptions): Float64Array {
  const size = data.width + data.vocabulary.length;
  let theta = new Float64Array(size);
  let gradient = new Float64Array(size);
  let loss = measureLoss(data, labels, options, theta, gradient);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  for (let iteration = 0; iteration < MAX_ITERATIONS && largest(gradient) > GRADIENT_TOLERANCE; iteration++) {
    const direction = findDirection(gradient, steps, changes);
    const slope = dot(direction, gradient);
    if (slope >= 0) {
      // The curvature history has gone stale: restart from steepest descent.
      steps.length = 0;
      changes.length = 0;
      continue;
    }
    const next = new Float64Array(size);
    const nextGradient = new Float64Array(size);
    let stepSize = steps.length === 0 ? 1 / Math.sqrt(dot(gradient, gradient)) : 1;
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let halving = 0; halving < MAX_HALVINGS; halving++, stepSize /= 2) {
      for (let i = 0; i < size; i++) next[i] = theta[i]! + stepSize * direction[i]!;
      nextLoss = measureLoss(data, labels, options, next, nextGradient);
      if (nextLoss <= loss + ARMIJO * stepSize * slope) break;
    }
    // No decrease left at double precision: we are at the optimum.
    if (!(nextLoss < loss)) break;
    const step = next.map((v, i) => v - theta[i]!);
    const change = nextGradient.map((v, i) => v - gradient[i]!);
    if (dot(step, change) > 0) {
      steps.push(step);
      changes.push(change);
      if (steps.length > HISTORY) {
        steps.shift();
        changes.shift();
      }
    }
    theta = next;
    gradient = nextGradient;
    loss = nextLoss;
  }
  return theta;
}

/** The two-loop recursion: -H g, with H the L-BFGS inverse-Hessian estimate. */
function findDirection(gradient: Float64Array, steps: Float64Array[], changes: Float64Array[]): Float64Array {
  const q = Float64Array.from(gradient);
  const alphas: number[] = [];
  for (let k = steps.length - 1; k >= 0; k--) {
    const alpha = dot(steps[k]!, q) / dot(steps[k]!, changes[k]!);
    alphas[k] = alpha;
    addScaled(q, changes[k]!, -alpha);
  }
  const last = steps.length - 1;
  if (last >= 0) {
    const scale = dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!);
    for (let i = 0; i < q.length; i++) q[i]! *= scale;
  }
  for (let k = 0; k < steps.length; k++) {
    const beta = dot(changes[k]!, q) / dot(steps[k]!, changes[k]!);
    addScaled(q, steps[k]!, alphas[k]! - beta);
  }
  for (let i = 0; i < q.length; i++) q[i] = -q[i]!;
  return q;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

function addScaled(target: Float64Array, source: Float64Array, scale: number): void {
  for (let i = 0; i < target.length; i++) target[i]! += scale * source[i]!;
}

function largest(values: Float64Array): number {
  let max = 0;
  for (const v of values) max = Math.max(max, Math.abs(v));
  return max;
}
