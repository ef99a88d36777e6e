/** A fitted logistic model: score = sigmoid(bias + weights . features). */
export interface LogisticModel {
  readonly weights: readonly number[];
  readonly bias: number;
}

export interface FitOptions {
  /** L2 penalty on the weights (not the bias), in units of the summed log-loss. */
  readonly l2: number;
}

/** Newton steps: the log-loss is smooth and convex; 25 steps converge to ~1e-10 on ~20 features. */
const NEWTON_STEPS = 25;

/**
 * Fit an L2-regularised logistic regression by Newton's method (IRLS).
 * @example fitLogistic([[0], [1]], [false, true], { l2: 1 }).weights[0] > 0 // true
 */
export function fitLogistic(rows: readonly number[][], labels: readonly boolean[], options: FitOptions): LogisticModel {
  const width = (rows[0]?.length ?? 0) + 1;
  let theta = new Array<number>(width).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step++) {
    const { gradient, hessian } = accumulateDerivatives(rows, labels, theta, options.l2);
    const delta = solveLinear(hessian, gradient);
    theta = theta.map((t, i) => t - (delta[i] ?? 0));
  }
  return { weights: theta.slice(0, -1), bias: theta[width - 1] ?? 0 };
}

export function applyLogistic(model: LogisticModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

function accumulateDerivatives(rows: readonly number[][], labels: readonly boolean[], theta: number[], l2: number) {
  const width = theta.length;
  const gradient = theta.map((t, i) => (i < width - 1 ? l2 * t : 0));
  const hessian = theta.map((_, i) => theta.map((__, j) => (i === j && i < width - 1 ? l2 : 0)));
  const model = { weights: theta.slice(0, -1), bias: theta[width - 1] ?? 0 };
  rows.forEach((row, r) => {
    const p = applyLogistic(model, row);
    const x = [...row, 1];
    const residual = p - (labels[r] ? 1 : 0);
    const curvature = Math.max(p * (1 - p), 1e-9);
    for (let i = 0; i < width; i++) {
      gradient[i]! += residual * x[i]!;
      const hi = hessian[i]!;
      for (let j = 0; j < width; j++) hi[j]! += curvature * x[i]! * x[j]!;
    }
  });
  return { gradient, hessian };
}

/** Gaussian elimination with partial pivoting; the system is small (features + 1). */
function solveLinear(matrix: number[][], vector: number[]): number[] {
  const n = vector.length;
  const a = matrix.map((row, i) => [...row, vector[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    const top = a[col]!;
    if (Math.abs(top[col]!) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const row = a[r]!;
      const factor = row[col]! / top[col]!;
      for (let c = col; c <= n; c++) row[c]! -= factor * top[c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = a[r]!;
    let sum = row[n]!;
    for (let c = r + 1; c < n; c++) sum -= row[c]! * x[c]!;
    x[r] = Math.abs(row[r]!) < 1e-12 ? 0 : sum / row[r]!;
  }
  return x;
}
