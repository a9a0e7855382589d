import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seal, unseal } from "./sealed";

describe("sealed job secrets", () => {
  const previous = process.env.AUTH_SECRET;
  beforeEach(() => {
    process.env.AUTH_SECRET = "test-secret-one";
  });
  afterEach(() => {
    process.env.AUTH_SECRET = previous;
  });

  it("opens what it sealed, and the sealed text does not contain the secret", () => {
    const box = seal("invite-token-abc");
    expect(box).not.toContain("invite-token-abc");
    expect(unseal(box)).toBe("invite-token-abc");
  });

  it("refuses a box sealed under another AUTH_SECRET or altered on the way", () => {
    const box = seal("invite-token-abc");
    const [iv, tag, body] = box.split(".");
    const altered = Buffer.from(body!, "base64url");
    altered[0] = altered[0]! ^ 1;
    expect(() => unseal([iv, tag, altered.toString("base64url")].join("."))).toThrow();
    process.env.AUTH_SECRET = "test-secret-two";
    expect(() => unseal(box)).toThrow();
  });
});
