import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { sourceFiles as allSourceFiles } from "@/testing/import-graph";
import { LOCALES } from "./locales";
import { MESSAGES } from "./messages";
import LAST_RESORT from "./messages/last-resort.json";
import { instrumentsIn } from "@/lib/outcomes/instruments";

/*
 * The message files are a contract between languages: every key in each, every message valid ICU, the same
 * arguments on both sides (a translation that drops {pain} would tell a runner a different rule), and no
 * message nobody shows. A translator works from these files alone (docs/translating.md).
 */
type Tree = { [key: string]: string | Tree };

const leaves = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));

/** The names of a message's arguments, with their kind ("pain:argument", "count:plural"). */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((e) => {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) return [`${e.value}:${TYPE[e.type]}`];
    if (e.type === TYPE.plural || e.type === TYPE.select) return [`${e.value}:${TYPE[e.type]}`, ...Object.values(e.options).flatMap((o) => argumentsOf(o.value))];
    if (e.type === TYPE.tag) return argumentsOf(e.children);
    return [];
  });
}

const english = new Map(leaves(MESSAGES.en as Tree));
const INSTRUMENTS = "instruments";
/** The seeded exercise library's words, read as data by lib/i18n/exercise-words.ts and checked against the seed there. */
const LIBRARY = "exercises";

describe("the message files", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("%s has exactly the English keys", (locale) => {
    const keys = leaves(MESSAGES[locale] as Tree).map(([key]) => key);
    expect(keys.filter((k) => !english.has(k))).toEqual([]);
    expect([...english.keys()].filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(LOCALES)("every %s message is valid ICU with the same arguments as the English", (locale) => {
    for (const [key, message] of leaves(MESSAGES[locale] as Tree)) {
      const args = new Set(argumentsOf(parse(message)));
      expect([key, [...args].sort()]).toEqual([key, [...new Set(argumentsOf(parse(english.get(key)!)))].sort()]);
      expect([key, message.trim().length > 0]).toEqual([key, true]);
    }
  });

  it("has the last-resort page's lines (app/global-error.tsx, shown when even the layout failed) in every language", () => {
    expect(Object.keys(LAST_RESORT).sort()).toEqual([...LOCALES].sort());
    for (const locale of LOCALES) expect(Object.keys(LAST_RESORT[locale])).toEqual(Object.keys(LAST_RESORT.en));
  });

  it.each(LOCALES)("words every %s outcome measure from its messages, every item and answer of it", (locale) => {
    const shown = new Set(Object.values(instrumentsIn(locale)).flatMap((i) => [i.name, i.stem, i.brief, ...i.items, ...(i.ownItems ? [i.ownItems.prompt] : []), ...i.scale.choices.map((c) => c.label)]));
    const written = leaves(MESSAGES[locale] as Tree).filter(([key]) => key.startsWith(`${INSTRUMENTS}.`));
    expect(written.filter(([, text]) => !shown.has(text))).toEqual([]);
    expect(instrumentsIn(locale).lefs.items).toHaveLength(20);
  });

  it("holds no message that no code asks for", () => {
    const sources = sourceFiles(path.resolve(__dirname, "../.."));
    // The measures' and the library's words are read as data, and checked above and in exercise-words.test.ts.
    const unused = [...english.keys()].filter((key) => !key.startsWith(`${INSTRUMENTS}.`) && !key.startsWith(`${LIBRARY}.`) && !sources.some((file) => asksFor(file, key)) && !isPhrase(sources, key));
    expect(unused).toEqual([]);
  });
});

interface Source {
  literals: Set<string>;
  templates: RegExp[];
}

/** Every .ts/.tsx file of the app that is not a test, as its string and template literals. */
function sourceFiles(root: string): Source[] {
  const files = allSourceFiles(root, ["app", "components", "lib"]).filter((file) => !/\.test\.tsx?$/.test(file));
  return files.map((file) => {
    const text = readFileSync(file, "utf8");
    const literals = new Set([...text.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((m) => m[1] ?? m[2]!));
    const templates = [...text.matchAll(/`([^`\n]*)`/g)].map((m) => {
      const literal = m[1]!;
      literals.add(literal);
      return new RegExp(`^${literal.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("([^.]+)")}$`);
    });
    return { literals, templates };
  });
}

/**
 * A rule's phrase (lib/rules/phrase.ts) names its message by a template, `chips.${key}`, and the key itself by
 * a literal elsewhere (chip("amber", "creep")): the full key fits some template, and its changing part is
 * written somewhere.
 */
function isPhrase(sources: Source[], key: string): boolean {
  const written = (part: string) => sources.some((f) => f.literals.has(part));
  return sources.some((f) =>
    f.templates.some((t) => {
      const match = t.exec(key);
      return match != null && match.length > 1 && match.slice(1).every(written);
    }),
  );
}

/**
 * A file asks for "ns.rest.of.key" when it names the namespace (getTranslations("ns"), wordsFor(l, "ns"))
 * and the rest as a literal or a template (`advice.${urgency}.headline`); or names the whole key (a phrase).
 */
function asksFor(file: Source, key: string): boolean {
  if (file.literals.has(key)) return true;
  const parts = key.split(".");
  for (let split = 1; split < parts.length; split++) {
    const namespace = parts.slice(0, split).join(".");
    const rest = parts.slice(split).join(".");
    if (!file.literals.has(namespace)) continue;
    if (file.literals.has(rest) || file.templates.some((t) => t.test(rest))) return true;
  }
  return false;
}
