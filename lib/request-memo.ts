import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";

/*
 * Once per request. While a page renders, React's `cache` does this. A route handler has no React render
 * around it, so there `cache` runs the function on every call: an export that draws four series would read
 * the runner four times and audit four views of a record opened once. A route handler that reads through
 * these functions runs inside `withRequestMemo`, which gives its request the same memo.
 *
 * Only for reads: like React's cache, a memoized answer does not see a write made later in the request.
 */
interface Node {
  primitives: Map<unknown, Node>;
  objects: WeakMap<object, Node>;
  result?: { value: unknown };
}

const requests = new AsyncLocalStorage<WeakMap<object, Node>>();

const node = (): Node => ({ primitives: new Map(), objects: new WeakMap() });

/** The memo's entry for these arguments: objects by identity, other values by value, as React's cache keys them. */
function entry(root: Node, args: unknown[]): Node {
  let at = root;
  for (const arg of args) {
    const isObject = (typeof arg === "object" && arg !== null) || typeof arg === "function";
    const next = isObject ? at.objects.get(arg as object) : at.primitives.get(arg);
    if (next) {
      at = next;
      continue;
    }
    const created = node();
    if (isObject) at.objects.set(arg as object, created);
    else at.primitives.set(arg, created);
    at = created;
  }
  return at;
}

export function perRequest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const inRender = cache(fn);
  return (...args: A): R => {
    const memo = requests.getStore();
    if (!memo) return inRender(...args);
    let root = memo.get(fn);
    if (!root) memo.set(fn, (root = node()));
    const at = entry(root, args);
    if (!at.result) at.result = { value: fn(...args) };
    return at.result.value as R;
  };
}

/** Runs a route handler's work with one memo for the whole request. */
export function withRequestMemo<T>(work: () => T): T {
  return requests.run(new WeakMap(), work);
}
