import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { getDb } from "@/db";
import { clinicianNotes, users } from "@/db/schema";
import { type Actor, isId } from "./actor";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";
import { assertInCare } from "./access";

/** Dated notes on a runner, visible to the runner's clinicians; each clinician edits only their own. */
export async function listNotes(actor: Actor, runnerId: string) {
  const db = await getDb();
  await assertInCare(db, actor, runnerId);
  return db
    .select({ note: clinicianNotes, author: users.name })
    .from(clinicianNotes)
    .innerJoin(users, eq(users.id, clinicianNotes.authorId))
    .where(eq(clinicianNotes.runnerId, runnerId))
    .orderBy(desc(clinicianNotes.createdAt));
}

export async function addNote(actor: Actor, runnerId: string, body: string) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    await assertInCare(tx, actor, runnerId);
    const [note] = await tx.insert(clinicianNotes).values({ runnerId, authorId: actor.id, body }).returning({ id: clinicianNotes.id });
    await recordAudit(tx, actor, "note.create", { type: "clinician_note", id: note!.id }, { runnerId });
  });
}

export async function editNote(actor: Actor, noteId: string, body: string) {
  if (!isId(noteId)) throw new NotFoundError("Note");
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [note] = await tx.select().from(clinicianNotes).where(and(eq(clinicianNotes.id, noteId), eq(clinicianNotes.authorId, actor.id)));
    if (!note) throw new NotFoundError("Note");
    await assertInCare(tx, actor, note.runnerId);
    await tx.update(clinicianNotes).set({ body, updatedAt: new Date() }).where(eq(clinicianNotes.id, noteId));
    await recordAudit(tx, actor, "note.update", { type: "clinician_note", id: noteId }, { runnerId: note.runnerId, before: note.body });
  });
}
