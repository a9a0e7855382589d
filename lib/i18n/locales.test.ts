import { describe, expect, it } from "vitest";
import { proposedLocale } from "./locales";

describe("the language a browser proposes", () => {
  it("takes the most preferred language StrideBack speaks, whatever its region", () => {
    expect(proposedLocale("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(proposedLocale("en-US,en;q=0.9,es;q=0.8")).toBe("en");
    expect(proposedLocale("fr-FR,fr;q=0.9,es;q=0.8,en;q=0.5")).toBe("es");
  });

  it("ranks by quality, not by order", () => {
    expect(proposedLocale("en;q=0.4,es;q=0.9")).toBe("es");
  });

  it("falls back to English for a language it does not speak, an empty header, or none", () => {
    expect(proposedLocale("de-DE,fr;q=0.5")).toBe("en");
    expect(proposedLocale("")).toBe("en");
    expect(proposedLocale(null)).toBe("en");
    expect(proposedLocale("es;q=0")).toBe("en");
  });
});
