import { describe, expect, it } from "vitest";
import { safeError } from "./log";

describe("errors in the server log", () => {
  it("keep the database's reason and drop the failed query's SQL and parameters", () => {
    const pg = Object.assign(new Error('new row for relation "session_logs" violates check constraint "session_logs_pain_during_range"'), {
      code: "23514",
      constraint: "session_logs_pain_during_range",
      table: "session_logs",
      detail: "Failing row contains (Ella Runner, knee worse after 5 km, 11)",
    });
    const drizzle = Object.assign(new Error("Failed query: insert into session_logs (notes, pain_during) values ($1, $2)\nparams: knee worse after 5 km,11"), { cause: pg });
    const logged = JSON.stringify(safeError(drizzle));
    expect(safeError(drizzle)).toMatchObject({ code: "23514", constraint: "session_logs_pain_during_range", table: "session_logs" });
    expect(logged).not.toContain("knee worse");
    expect(logged).not.toContain("Ella Runner");
    expect(logged).not.toContain("insert into");
  });

  it("say 'query failed' for a failed query with no database reason", () => {
    expect(safeError(new Error("Failed query: select * from users where email = $1\nparams: ella@example.com")).message).toBe("query failed");
  });
});
