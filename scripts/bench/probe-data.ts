import pg from "pg";
const url = process.argv[2]!;
process.env.DATABASE_URL = url;
const c = new pg.Client(url); await c.connect();
const { rows: [u] } = await c.query("select id, clinic_id from users where email = 'b.runner300@bench.test'"); await c.end();
const actor = { id: u.id, role: "runner" as const, clinicId: u.clinic_id };
const r = await import("@/lib/data/recovery");
const time = async (name: string, f: () => Promise<unknown>) => { const xs = []; for (let i = 0; i < 8; i++) { const t = performance.now(); await f(); xs.push(performance.now() - t); } xs.sort((a, b) => a - b); console.log(name, Math.round(xs[4]!)); };
for (const range of ["4w", "all"] as const) {
  await time(`pain ${range}`, () => r.getPainOverview(actor, u.id, range));
  await time(`completion ${range}`, () => r.getCompletionBlocks(actor, u.id, range));
  await time(`running ${range}`, () => r.getRunningBlocks(actor, u.id, range));
  const ex = await r.getLoggedExercises(actor, u.id, range);
  await time(`logged ${range}`, () => r.getLoggedExercises(actor, u.id, range));
  await time(`expain ${range}`, () => r.getExercisePain(actor, u.id, ex[0]!.id, range));
}
process.exit(0);
