import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { sourceFiles } from "@/testing/import-graph";

/*
 * Every word a person reads comes from the message files. This finds words written into the screens
 * instead: text between JSX tags, and the attributes a person reads or hears (a label, a legend, an aria-label,
 * a placeholder, a title). Brand names and units are not words to translate; there is no other exception.
 */
const ROOT = path.resolve(__dirname, "../..");
const SCANNED = ["app", "components", "lib/pdf", "lib/mail"];
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "title", "placeholder", "alt", "label", "legend", "hint", "submit", "submitLabel", "pendingLabel", "what", "low", "high"]);
/** Brand names, units and symbols: the same in every language. */
const ALLOWED = /^(StrideBack|km|mi|min|s|kg|%|×|·|—|–|\+|-|\/|:|,|\.|\(|\)|\d+)$/;

const hasWords = (text: string) => {
  const words = text.replace(/\{[^}]*\}/g, " ").split(/\s+/).filter(Boolean);
  return words.some((w) => /\p{L}{2,}/u.test(w) && !ALLOWED.test(w.replace(/[.,:;!?()]+$/g, "")));
};

/** Development tools (app/dev answers 404 in production) speak to developers, in English. */
const DEVELOPER_ONLY = `${path.sep}app${path.sep}dev${path.sep}`;
const screens = () => sourceFiles(ROOT, SCANNED).filter((file) => file.endsWith(".tsx") && !file.endsWith(".test.tsx") && !file.includes(DEVELOPER_ONLY));

/** The user-facing literals of one file, as "line: text". */
export function literalsIn(file: string, text = readFileSync(file, "utf8")): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const at = (node: ts.Node, value: string) => found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${value.trim()}`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) at(node, node.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      const value = ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) && init.expression && (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression)) ? init.expression.text : null;
      if (value != null && hasWords(value)) at(node, value);
    }
    // A literal rendered as a child: {"Saving…"} or {cond ? "Yes" : "No"}.
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const strings: ts.StringLiteral[] = [];
      // What may be rendered: a branch of a condition, the right of `&&`, either side of `||` or `??`; never a comparison.
      const collect = (n: ts.Node) => {
        if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) strings.push(n as ts.StringLiteral);
        else if (ts.isParenthesizedExpression(n)) collect(n.expression);
        else if (ts.isConditionalExpression(n)) [n.whenTrue, n.whenFalse].forEach(collect);
        else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) collect(n.right);
        else if (ts.isBinaryExpression(n) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken].includes(n.operatorToken.kind)) [n.left, n.right].forEach(collect);
      };
      collect(node.expression);
      for (const s of strings) if (hasWords(s.text)) at(s, s.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("words written into the screens", () => {
  const files = screens().map((file) => ({ file: path.relative(ROOT, file), literals: literalsIn(file) }));

  it("finds words between tags, in read attributes and in rendered strings, and lets brand names and units be", () => {
    const sample = `export const A = () => <p title="Hello there" aria-label={"Close"}>Keep going {"at this load"} <b>StrideBack</b> 5 km</p>;`;
    expect(literalsIn("sample.tsx", sample).map((l) => l.replace(/^\d+: /, ""))).toEqual(["Hello there", "Close", "Keep going", "at this load"]);
    expect(literalsIn("sample.tsx", `export const B = () => <p>{t("x")} · StrideBack km</p>;`)).toEqual([]);
  });

  it("holds none in any page, component, email or PDF", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.filter((f) => f.literals.length > 0)).toEqual([]);
  });
});
