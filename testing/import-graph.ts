import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

/*
 * The import graph of the application's own code, read the way the bundler resolves it ("@/" is the
 * repository root). The architecture test checks the layers and the absence of circles on it; the closing
 * notes count modules with it.
 */

export const LAYERS = ["app", "components", "lib", "db"] as const;
export type Layer = (typeof LAYERS)[number];

/** What each layer may not import: imports run app -> components -> lib -> db, never back up. */
export const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  app: [],
  components: ["app"],
  lib: ["components", "app"],
  db: ["lib", "components", "app"],
};

const SOURCE = /\.(ts|tsx)$/;

function walk(dir: string, out: string[]) {
  for (const name of readdirSync(dir)) {
    if (name === "migrations" || name === "node_modules") continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (SOURCE.test(name) && !name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Every .ts and .tsx file under these folders of the repository (no migrations, no declarations), as full paths. */
export const sourceFiles = (root: string, folders: readonly string[]) =>
  folders.flatMap((folder) => (existsSync(path.join(root, folder)) ? walk(path.join(root, folder), []) : []));

function resolve(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

export interface ImportGraph {
  root: string;
  /** Repository-relative file -> the repository-relative files it imports (static, dynamic and type-only). */
  edges: Map<string, string[]>;
}

export function readImportGraph(root: string, folders: readonly string[] = LAYERS): ImportGraph {
  const edges = new Map<string, string[]>();
  const files = sourceFiles(root, folders);
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles
      .map((f) => resolve(root, file, f.fileName))
      .filter((t): t is string => t !== null)
      .map((t) => path.relative(root, t));
    edges.set(path.relative(root, file), [...new Set(targets)]);
  }
  return { root, edges };
}

export const layerOf = (file: string): Layer | null => (LAYERS as readonly string[]).find((l) => file.startsWith(`${l}/`)) as Layer | undefined ?? null;

/** Every import that runs against the layers: "lib/x.ts -> components/y.tsx". */
export function upwardImports(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph.edges) {
    const from = layerOf(file);
    if (!from) continue;
    for (const target of targets) {
      const to = layerOf(target);
      if (to && FORBIDDEN[from].includes(to)) found.push(`${file} -> ${target}`);
    }
  }
  return found;
}

/** Groups of modules that import each other, directly or round a longer loop (Tarjan's strongly connected components). */
export function circles(graph: ImportGraph): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const indices = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const found: string[][] = [];
  const visit = (node: string) => {
    indices.set(node, index);
    lowlink.set(node, index);
    index++;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.edges.get(node) ?? []) {
      if (!indices.has(next)) {
        visit(next);
        lowlink.set(node, Math.min(lowlink.get(node)!, lowlink.get(next)!));
      } else if (onStack.has(next)) {
        lowlink.set(node, Math.min(lowlink.get(node)!, indices.get(next)!));
      }
    }
    if (lowlink.get(node) === indices.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1 || (graph.edges.get(node) ?? []).includes(node)) found.push(group.sort());
    }
  };
  for (const node of graph.edges.keys()) if (!indices.has(node)) visit(node);
  return found;
}
