/**
 * The exact solver behind matching: a bipartite b-matching as a minimum-cost maximum flow.
 *
 *   source → each mentee (capacity 1, cost 0) → each allowed mentor (capacity 1, cost maxGain − gain)
 *          → sink (capacity = the mentor's free places, cost 0)
 *
 * A maximum flow is the largest number of mentees that can be placed; among maximum flows, the cheapest has the
 * largest total gain (every unit of flow crosses exactly one mentee → mentor arc, so the constant maxGain adds the
 * same k·maxGain to every flow of value k). Shifting by maxGain makes every cost non-negative, so the potentials
 * can start at zero.
 *
 * Method: primal–dual successive shortest paths. Each round runs Dijkstra on reduced costs (cost + π(u) − π(v),
 * never negative), raises the potentials by the distances (capped at the sink's distance), and then pushes a
 * maximum flow through the arcs whose reduced cost is now zero (Dinic: level graph and blocking flows), i.e. along
 * all shortest augmenting paths at once. Augmenting only along shortest paths keeps every reduced cost
 * non-negative, which is the optimality condition for a flow of its value; the rounds stop when the sink cannot be
 * reached, at a maximum flow. Costs are integers and stay below 2^53, so every comparison is exact.
 *
 * Memory is linear in the number of allowed pairs; nothing is dense. Deterministic: arcs are scanned in the order
 * given and ties in the heap go to the lower node number.
 */

export interface FlowProblem {
  /** Mentees are 0 … left−1. */
  readonly left: number;
  /** Free places of each mentor (0 … right−1); zero is allowed. */
  readonly capacity: ArrayLike<number>;
  /** Allowed pairs, grouped or not; integer gains (larger is better). */
  readonly edgeLeft: ArrayLike<number>;
  readonly edgeRight: ArrayLike<number>;
  readonly edgeGain: ArrayLike<number>;
}

/** For each edge, whether it is in the optimal matching. */
export function solveFlow(p: FlowProblem): Uint8Array {
  const L = p.left;
  const R = p.capacity.length;
  const E = p.edgeLeft.length;
  const S = L + R;
  const T = S + 1;
  const N = T + 1;
  let maxGain = 0;
  let minGain = 0;
  for (let k = 0; k < E; k++) {
    const g = p.edgeGain[k]!;
    if (!Number.isSafeInteger(g)) throw new Error(`solveFlow: gain ${g} is not a safe integer`);
    if (k === 0 || g > maxGain) maxGain = g;
    if (k === 0 || g < minGain) minGain = g;
  }
  // Potentials and distances stay within (span · N) in magnitude; sums of a few of them must stay exact.
  if (4 * (maxGain - minGain + 1) * (N + 1) > Number.MAX_SAFE_INTEGER)
    throw new Error("solveFlow: gains too large");

  // Arcs in compressed rows: every node's arcs are contiguous. Arc a and its reverse rev[a].
  const degree = new Int32Array(N + 1);
  degree[S] = L;
  degree[T] = R;
  for (let i = 0; i < L; i++) degree[i]!++;
  for (let j = 0; j < R; j++) degree[L + j]!++;
  for (let k = 0; k < E; k++) {
    degree[p.edgeLeft[k]!]!++;
    degree[L + p.edgeRight[k]!]!++;
  }
  const start = new Int32Array(N + 1);
  for (let v = 0; v < N; v++) start[v + 1] = start[v]! + degree[v]!;
  const M = start[N]!;
  const to = new Int32Array(M);
  const cap = new Int32Array(M);
  const cost = new Float64Array(M);
  const rev = new Int32Array(M);
  const fill = start.slice(0, N);
  const arc = (u: number, v: number, c: number, w: number): number => {
    const a = fill[u]!++;
    const b = fill[v]!++;
    to[a] = v;
    cap[a] = c;
    cost[a] = w;
    rev[a] = b;
    to[b] = u;
    cap[b] = 0;
    cost[b] = -w;
    rev[b] = a;
    return a;
  };
  for (let i = 0; i < L; i++) arc(S, i, 1, 0);
  const edgeArc = new Int32Array(E);
  for (let k = 0; k < E; k++)
    edgeArc[k] = arc(p.edgeLeft[k]!, L + p.edgeRight[k]!, 1, maxGain - p.edgeGain[k]!);
  for (let j = 0; j < R; j++) {
    const c = p.capacity[j]!;
    if (!Number.isInteger(c) || c < 0) throw new Error(`solveFlow: capacity ${c}`);
    arc(L + j, T, Math.min(c, L), 0);
  }

  const pot = new Float64Array(N);
  const dist = new Float64Array(N);
  const done = new Uint8Array(N);
  const heap = new Int32Array(N);
  const where = new Int32Array(N);
  const level = new Int32Array(N);
  const iter = new Int32Array(N);
  const queue = new Int32Array(N);
  const pathArc = new Int32Array(N);

  const less = (a: number, b: number) => dist[a]! < dist[b]! || (dist[a] === dist[b] && a < b);
  let size = 0;
  const up = (pos: number) => {
    const v = heap[pos]!;
    while (pos > 0) {
      const parent = (pos - 1) >> 1;
      const u = heap[parent]!;
      if (!less(v, u)) break;
      heap[pos] = u;
      where[u] = pos;
      pos = parent;
    }
    heap[pos] = v;
    where[v] = pos;
  };
  const pop = (): number => {
    const top = heap[0]!;
    where[top] = -1;
    size--;
    if (size > 0) {
      const v = heap[size]!;
      let pos = 0;
      for (;;) {
        let c = 2 * pos + 1;
        if (c >= size) break;
        if (c + 1 < size && less(heap[c + 1]!, heap[c]!)) c++;
        const u = heap[c]!;
        if (!less(u, v)) break;
        heap[pos] = u;
        where[u] = pos;
        pos = c;
      }
      heap[pos] = v;
      where[v] = pos;
    }
    return top;
  };

  // The arcs of zero reduced cost out of the nodes the last Dijkstra settled, as compressed rows. Potentials do
  // not change inside a round, so this subgraph (closed under reversal) is fixed for the round; only the residual
  // capacities change.
  const tightStart = new Int32Array(N + 1);
  const tight = new Int32Array(M);

  /** Dijkstra on reduced costs; false when the sink is unreachable. Updates the potentials and the tight arcs. */
  const shortestPaths = (): boolean => {
    dist.fill(Number.POSITIVE_INFINITY);
    done.fill(0);
    where.fill(-1);
    size = 0;
    dist[S] = 0;
    heap[size++] = S;
    where[S] = 0;
    while (size > 0) {
      const u = pop();
      done[u] = 1;
      if (u === T) break;
      const du = dist[u]! + pot[u]!;
      for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
        if (cap[a] === 0) continue;
        const v = to[a]!;
        if (done[v]) continue;
        const nd = du + cost[a]! - pot[v]!;
        if (nd < dist[v]!) {
          dist[v] = nd;
          if (where[v]! < 0) {
            heap[size] = v;
            up(size++);
          } else up(where[v]!);
        }
      }
    }
    const D = dist[T]!;
    if (D === Number.POSITIVE_INFINITY) return false;
    for (let v = 0; v < N; v++) pot[v]! += done[v] ? dist[v]! : D;
    let n = 0;
    for (let u = 0; u < N; u++) {
      tightStart[u] = n;
      if (!done[u]) continue;
      const pu = pot[u]!;
      for (let a = start[u]!, end = start[u + 1]!; a < end; a++) {
        if (cost[a]! + pu - pot[to[a]!]! === 0) tight[n++] = a;
      }
    }
    tightStart[N] = n;
    return true;
  };

  /** Breadth-first levels over tight arcs with room; whether the sink is reached. */
  const levels = (): boolean => {
    level.fill(-1);
    level[S] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = S;
    while (head < tail) {
      const u = queue[head++]!;
      const next = level[u]! + 1;
      for (let i = tightStart[u]!, end = tightStart[u + 1]!; i < end; i++) {
        const a = tight[i]!;
        const v = to[a]!;
        if (level[v]! < 0 && cap[a]! > 0) {
          level[v] = next;
          if (v === T) return true;
          queue[tail++] = v;
        }
      }
    }
    return false;
  };

  /** Blocking flow on the level graph, by an iterative depth-first search. */
  const blockingFlow = () => {
    for (let v = 0; v < N; v++) iter[v] = tightStart[v]!;
    let depth = 0;
    let u = S;
    for (;;) {
      if (u === T) {
        let push = Number.POSITIVE_INFINITY;
        for (let d = 0; d < depth; d++) push = Math.min(push, cap[pathArc[d]!]!);
        let back = depth;
        for (let d = 0; d < depth; d++) {
          const a = pathArc[d]!;
          cap[a]! -= push;
          cap[rev[a]!]! += push;
          if (cap[a] === 0 && d < back) back = d;
        }
        // Resume from the tail of the first saturated arc.
        depth = back;
        u = depth === 0 ? S : to[pathArc[depth - 1]!]!;
        continue;
      }
      let advanced = false;
      const next = level[u]! + 1;
      for (let end = tightStart[u + 1]!; iter[u]! < end; iter[u]!++) {
        const a = tight[iter[u]!]!;
        const v = to[a]!;
        if (cap[a]! > 0 && (level[v] === next || v === T)) {
          pathArc[depth++] = a;
          u = v;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      if (u === S) return;
      level[u] = -1;
      depth--;
      const a = pathArc[depth]!;
      u = to[rev[a]!]!;
      iter[u]!++;
    }
  };

  while (shortestPaths()) {
    while (levels()) blockingFlow();
  }

  const chosen = new Uint8Array(E);
  for (let k = 0; k < E; k++) chosen[k] = cap[edgeArc[k]!] === 0 ? 1 : 0;
  return chosen;
}
