import { describe, expect, it } from "vitest";
import { fill } from "./fill";

describe("filling a message on the phone", () => {
  it("puts each value in its place, however often, and leaves an unknown placeholder as it is", () => {
    expect(fill("Llamar a {clinic}: {phone}", { clinic: "Riverside", phone: "01632 960 123" })).toBe("Llamar a Riverside: 01632 960 123");
    expect(fill("({count} sin leer)", { count: 3 })).toBe("(3 sin leer)");
    expect(fill("{a} and {a}, {b}", { a: "x" })).toBe("x and x, {b}");
  });
});
