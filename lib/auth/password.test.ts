import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores argon2id, never the password", async () => {
    const stored = await hashPassword("glide-to-light-tension");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain("glide-to-light-tension");
  });

  it("accepts the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("glide-to-light-tension");
    expect(await verifyPassword(stored, "glide-to-light-tension")).toBe(true);
    expect(await verifyPassword(stored, "stretch-harder")).toBe(false);
  });

  it("refuses an unknown user after the same work as a wrong password", async () => {
    const stored = await hashPassword("glide-to-light-tension");
    await verifyPassword(null, "warm-up"); // first call builds the dummy hash
    const time = async (fn: () => Promise<boolean>) => {
      const start = performance.now();
      for (let i = 0; i < 5; i++) expect(await fn()).toBe(false);
      return performance.now() - start;
    };
    const wrongPassword = await time(() => verifyPassword(stored, "wrong"));
    const unknownUser = await time(() => verifyPassword(null, "wrong"));
    // Both run a full argon2 verification: within a factor of two of each other, not 0 ms against 30.
    expect(unknownUser / wrongPassword).toBeGreaterThan(0.5);
    expect(unknownUser / wrongPassword).toBeLessThan(2);
  });
});
