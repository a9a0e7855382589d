import { describe, expect, it } from "vitest";
import { assertKnownLevel, DatabaseAheadError, knownMigrations } from "./migrate";

describe("the migration level guard", () => {
  const known = knownMigrations();
  const newest = known.at(-1)!.when;

  it("lets an empty database, an older one and an up-to-date one through", () => {
    expect(() => assertKnownLevel({ applied: 0, latest: null })).not.toThrow();
    expect(() => assertKnownLevel({ applied: 3, latest: known[2]!.when })).not.toThrow();
    expect(() => assertKnownLevel({ applied: known.length, latest: newest })).not.toThrow();
  });

  it("refuses a database a newer release migrated, saying what to do", () => {
    const ahead = () => assertKnownLevel({ applied: known.length + 1, latest: newest + 1 });
    expect(ahead).toThrow(DatabaseAheadError);
    expect(ahead).toThrow(`at migration level ${known.length + 1}, ahead of this code, which knows ${known.length} migrations`);
    expect(ahead).toThrow("Nothing was changed");
  });
});
