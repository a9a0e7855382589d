import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { sourceHash } from "./source-hash";

/* The revision that kept judgements are tied to: new for any change to the code that judges, and only then. */
function tree() {
  const root = mkdtempSync(join(tmpdir(), "strideback-source-"));
  mkdirSync(join(root, "lib/rules"), { recursive: true });
  mkdirSync(join(root, "db/migrations"), { recursive: true });
  writeFileSync(join(root, "lib/rules/traffic-light.ts"), "export const red = 5;\n");
  writeFileSync(join(root, "lib/rules/traffic-light.test.ts"), "it('is red above 5');\n");
  writeFileSync(join(root, "db/migrations/0001.sql"), "select 1;\n");
  return root;
}

describe("the code revision", () => {
  it("is the same for the same code, however often it is taken", () => {
    const root = tree();
    expect(sourceHash(root)).toBe(sourceHash(root));
    expect(sourceHash(root)).toBe(sourceHash(tree()));
  });

  it("changes when a rule, a new file or a migration changes", () => {
    const root = tree();
    const before = sourceHash(root);
    writeFileSync(join(root, "lib/rules/traffic-light.ts"), "export const red = 6;\n");
    const afterRule = sourceHash(root);
    expect(afterRule).not.toBe(before);
    writeFileSync(join(root, "lib/rules/load.ts"), "export const ratio = 1.5;\n");
    const afterNewFile = sourceHash(root);
    expect(afterNewFile).not.toBe(afterRule);
    writeFileSync(join(root, "db/migrations/0002.sql"), "select 2;\n");
    expect(sourceHash(root)).not.toBe(afterNewFile);
  });

  it("does not change for a test", () => {
    const root = tree();
    const before = sourceHash(root);
    writeFileSync(join(root, "lib/rules/traffic-light.test.ts"), "it('is red above 6');\n");
    expect(sourceHash(root)).toBe(before);
  });
});
