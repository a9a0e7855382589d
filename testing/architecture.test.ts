import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";
import { circles, readImportGraph, upwardImports } from "./import-graph";

/*
 * The house rules a newcomer relies on (docs/architecture.md): imports run app -> components -> lib -> db,
 * no module imports itself round a loop, and no file grows past what one reading takes.
 */
const root = path.resolve(import.meta.dirname, "..");
const graph = readImportGraph(root);
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

describe("the layers", () => {
  it("run one way: db imports nothing above it, lib nothing from components or app, components nothing from app", () => {
    const production = { ...graph, edges: new Map([...graph.edges].filter(([file]) => !isTest(file))) };
    expect(upwardImports(production)).toEqual([]);
  });

  it("hold no circle of imports, tests included", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("are read from the real tree: the graph sees the modules and their imports", () => {
    // A graph that found nothing would pass the two tests above vacuously.
    expect(graph.edges.size).toBeGreaterThan(300);
    expect(graph.edges.get("lib/data/logs.ts")).toContain("db/index.ts");
  });

  it("are enforced by lint: an upward import planted in each layer fails `npm run lint`", async () => {
    const eslint = new ESLint({ cwd: root });
    const planted: [string, string][] = [
      ["db/planted.ts", 'import { log } from "@/lib/log";\nexport const planted = log;\n'],
      ["lib/planted.ts", 'import { Button } from "@/components/ui/button";\nexport const planted = Button;\n'],
      ["components/planted.tsx", 'import { setTimeZoneAction } from "@/app/(runner)/settings/actions";\nexport const planted = setTimeZoneAction;\n'],
    ];
    for (const [filePath, code] of planted) {
      const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
      expect(result!.messages.map((m) => m.ruleId), filePath).toContain("import/no-restricted-paths");
    }
    // The same import one layer down is allowed: the rule is about direction, not about importing at all.
    const [allowed] = await eslint.lintText('import { log } from "@/lib/log";\nexport const fine = log;\n', { filePath: path.join(root, "components/planted.tsx") });
    expect(allowed!.messages.filter((m) => m.ruleId === "import/no-restricted-paths")).toEqual([]);
  }, 60_000);
});

const LIMIT = 300;
const GENERATED = /(^|\/)(migrations|node_modules|\.next|public)(\/|$)|next-env\.d\.ts$/;

function sourceFiles(dir: string, out: string[] = []) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const relative = path.relative(root, full);
    if (GENERATED.test(relative)) continue;
    if (statSync(full).isDirectory()) sourceFiles(full, out);
    else if (/\.(ts|tsx|mjs)$/.test(name)) out.push(relative);
  }
  return out;
}

describe("file size", () => {
  it(`keeps every source file under ${LIMIT} lines, migrations and generated files aside`, () => {
    const files = ["app", "components", "lib", "db", "scripts", "e2e", "testing"].flatMap((d) => sourceFiles(path.join(root, d)));
    expect(files.length).toBeGreaterThan(300);
    const long = files.filter((f) => readFileSync(path.join(root, f), "utf8").split("\n").length > LIMIT);
    expect(long).toEqual([]);
  });
});
