import "server-only";
import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { type ExerciseMedia, exerciseMedia, exercises } from "@/db/schema";

export type { ExerciseMedia };
import { parseRange } from "@/lib/media/range";
import { getStorage } from "@/lib/media/storage";
import type { MediaFile } from "@/lib/media/limits";
import { prepareMedia } from "@/lib/media/process";
import { type Actor, isId } from "./actor";
import { NotFoundError } from "@/lib/errors";
import { recordAudit } from "./audit";

/*
 * Photos and videos of a clinic's exercises. Who may see one is who may see its exercise: the clinic that
 * owns it, and a runner it was ever prescribed to. Anyone else gets "not found", the same as for a file
 * that does not exist.
 */

const keyOf = (media: Pick<ExerciseMedia, "storageKey">, file: MediaFile) => `${media.storageKey}/${file}`;

/** The media the actor may see, of the given exercises, oldest first. */
export async function listExerciseMedia(actor: Actor, exerciseIds: string[]): Promise<ExerciseMedia[]> {
  const ids = exerciseIds.filter(isId);
  if (ids.length === 0) return [];
  const db = await getDb();
  return db
    .select()
    .from(exerciseMedia)
    .where(and(inArray(exerciseMedia.exerciseId, ids), visibleTo(actor)))
    .orderBy(asc(exerciseMedia.createdAt), asc(exerciseMedia.id));
}

function visibleTo(actor: Actor) {
  if (actor.role === "clinician") return sql`exists (select 1 from exercises e where e.id = ${exerciseMedia.exerciseId} and e.clinic_id = ${actor.clinicId})`;
  return sql`exists (
    select 1 from prescriptions p join plan_versions v on v.id = p.plan_version_id join plans pl on pl.id = v.plan_id
    where p.exercise_id = ${exerciseMedia.exerciseId} and pl.runner_id = ${actor.id})`;
}

/** One media row the actor may see, or null. */
export async function getVisibleMedia(actor: Actor, mediaId: string): Promise<ExerciseMedia | null> {
  if (!isId(mediaId)) return null;
  const db = await getDb();
  const [row] = await db.select().from(exerciseMedia).where(and(eq(exerciseMedia.id, mediaId), visibleTo(actor)));
  return row ?? null;
}

export type OpenedMedia =
  | { status: "missing" }
  | { status: "unsatisfiable"; size: number }
  | { status: "ok"; media: ExerciseMedia; body: ReadableStream<Uint8Array>; length: number; range: { start: number; end: number } | null };

/**
 * A file of a media row the actor may see: whole, or the byte range a video player asked for (`Range`
 * header). A video is stored as sent, so its size is the row's and ranges are judged against it.
 */
export async function openMediaFile(actor: Actor, mediaId: string, file: MediaFile, rangeHeader: string | null): Promise<OpenedMedia> {
  const media = await getVisibleMedia(actor, mediaId);
  if (!media || (media.kind === "video") !== (file === "video")) return { status: "missing" };
  const range = file === "video" && rangeHeader ? parseRange(rangeHeader, media.byteSize) : null;
  if (file === "video" && rangeHeader && !range) return { status: "unsatisfiable", size: media.byteSize };
  const stored = await (await getStorage()).get(keyOf(media, file), range ?? undefined);
  return stored ? { status: "ok", media, ...stored, range } : { status: "missing" };
}

/** Attaches a photo or video to one of the clinic's own exercises; the library's are not found (copy one first). */
export async function addExerciseMedia(actor: Actor, exerciseId: string, input: { bytes: Buffer; altText: string }) {
  if (actor.role !== "clinician" || !isId(exerciseId)) throw new NotFoundError("Exercise");
  const db = await getDb();
  const [exercise] = await db.select({ id: exercises.id }).from(exercises).where(and(eq(exercises.id, exerciseId), eq(exercises.clinicId, actor.clinicId)));
  if (!exercise) throw new NotFoundError("Exercise");
  const prepared = await prepareMedia(input.bytes);
  const id = randomUUID();
  const storageKey = `exercise/${id}`;
  const storage = await getStorage();
  // Files first, then the row: a row never points at a missing file. A failed insert removes the files.
  await Promise.all(prepared.files.map((f) => storage.put(`${storageKey}/${f.name}`, f.body, prepared.kind === "image" ? "image/webp" : prepared.contentType)));
  try {
    await db.transaction(async (tx) => {
      await tx.insert(exerciseMedia).values({
        id,
        exerciseId,
        kind: prepared.kind,
        contentType: prepared.contentType,
        storageKey,
        byteSize: prepared.files.reduce((sum, f) => sum + f.body.length, 0),
        width: prepared.width,
        height: prepared.height,
        altText: input.altText,
        createdBy: actor.id,
      });
      await recordAudit(tx, actor, "exercise.media.add", { type: "exercise", id: exerciseId }, { mediaId: id, kind: prepared.kind });
    });
  } catch (error) {
    await Promise.all(prepared.files.map((f) => storage.remove(`${storageKey}/${f.name}`)));
    throw error;
  }
  return { id, kind: prepared.kind };
}

export async function removeExerciseMedia(actor: Actor, mediaId: string) {
  if (actor.role !== "clinician" || !isId(mediaId)) throw new NotFoundError("Media");
  const db = await getDb();
  const removed = await db.transaction(async (tx) => {
    const [row] = await tx
      .delete(exerciseMedia)
      .where(and(eq(exerciseMedia.id, mediaId), sql`${exerciseMedia.exerciseId} in (select id from exercises where clinic_id = ${actor.clinicId})`))
      .returning();
    if (!row) throw new NotFoundError("Media");
    await recordAudit(tx, actor, "exercise.media.remove", { type: "exercise", id: row.exerciseId }, { mediaId });
    return row;
  });
  const storage = await getStorage();
  const files: MediaFile[] = removed.kind === "video" ? ["video"] : ["w320.webp", "w640.webp", "w1024.webp"];
  await Promise.all(files.map((f) => storage.remove(keyOf(removed, f))));
  return removed;
}

/** Bytes of the largest stored copy of an image, for the printed programme. */
export async function readImageForPrint(media: ExerciseMedia): Promise<Buffer | null> {
  if (media.kind !== "image") return null;
  const stored = await (await getStorage()).get(keyOf(media, "w640.webp"));
  if (!stored) return null;
  return Buffer.from(await new Response(stored.body).arrayBuffer());
}

