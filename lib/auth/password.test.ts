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

  it("refuses an unknown user even with the password of the hash it verifies against", async () => {
    // An unknown email is checked against a real argon2 hash (so it costs what a wrong password costs);
    // that hash's own password must never sign anyone in.
    expect(await verifyPassword(null, "strideback-timing-equaliser")).toBe(false);
    expect(await verifyPassword(undefined, "anything")).toBe(false);
  });
});
