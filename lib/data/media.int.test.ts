import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Db, getDb } from "@/db";
import { auditLog, exerciseMedia, exercises } from "@/db/schema";
import { MediaRefused } from "@/lib/media/process";
import { fakeJpeg, jpeg, mp4 } from "@/testing/media-files";
import { actorOf, createActivePlan, createCaseload, createExercise, createRunnerInCare } from "@/testing/factories";
import { NotFoundError } from "@/lib/errors";
import { copyExercise } from "./exercises";
import { addExerciseMedia, listExerciseMedia, openMediaFile, removeExerciseMedia } from "./media";

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), "strideback-media-"));
let db: Db;
beforeAll(async () => {
  process.env.STRIDEBACK_MEDIA_DIR = mediaDir;
  db = await getDb();
});
afterAll(() => fs.rmSync(mediaDir, { recursive: true, force: true }));

const read = async (opened: Awaited<ReturnType<typeof openMediaFile>>) => {
  if (opened.status !== "ok") throw new Error(`expected a file, got ${opened.status}`);
  return Buffer.from(await new Response(opened.body).arrayBuffer());
};

async function clinicExerciseInPlan() {
  const { clinic, clinician, runner } = await createCaseload(db);
  const exercise = await createExercise(db, { clinicId: clinic.id });
  await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, items: [{ exerciseId: exercise.id }] });
  return { clinic, clinician, runner, exercise };
}

describe("exercise photos and videos", () => {
  it("keeps a photo as WebP at three widths, and shows it to the clinic and to the runner it was prescribed to, nobody else", async () => {
    const { clinic, clinician, runner, exercise } = await clinicExerciseInPlan();
    const colleague = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id });
    const other = await createCaseload(db);
    const { id } = await addExerciseMedia(actorOf(clinician), exercise.id, { bytes: await jpeg(), altText: "Lying on the back, thigh held upright" });

    const [row] = await db.select().from(exerciseMedia).where(eq(exerciseMedia.id, id));
    expect(row).toMatchObject({ kind: "image", contentType: "image/webp", width: 1600, height: 1200, altText: "Lying on the back, thigh held upright" });
    const small = await read(await openMediaFile(actorOf(runner), id, "w320.webp", null));
    expect(small.subarray(8, 12).toString()).toBe("WEBP");
    expect((await read(await openMediaFile(actorOf(clinician), id, "w1024.webp", null))).length).toBeGreaterThan(0);

    // Another clinic, and a runner of the same clinic without the exercise: as if it did not exist.
    expect((await openMediaFile(actorOf(other.clinician), id, "w320.webp", null)).status).toBe("missing");
    expect((await openMediaFile(actorOf(other.runner), id, "w320.webp", null)).status).toBe("missing");
    expect((await openMediaFile(actorOf(colleague), id, "w320.webp", null)).status).toBe("missing");
    expect(await listExerciseMedia(actorOf(other.clinician), [exercise.id])).toEqual([]);
    expect((await listExerciseMedia(actorOf(runner), [exercise.id])).map((m) => m.id)).toEqual([id]);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, "exercise.media.add"))).toEqual(expect.arrayContaining([expect.objectContaining({ actorId: clinician.id, subjectId: exercise.id })]));
  });

  it("refuses a file that only pretends to be a JPEG, and stores nothing", async () => {
    const { clinician, exercise } = await clinicExerciseInPlan();
    await expect(addExerciseMedia(actorOf(clinician), exercise.id, { bytes: fakeJpeg(), altText: "x" })).rejects.toMatchObject({ reason: "type" });
    await expect(addExerciseMedia(actorOf(clinician), exercise.id, { bytes: Buffer.alloc(0), altText: "x" })).rejects.toBeInstanceOf(MediaRefused);
    expect(await db.select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, exercise.id))).toEqual([]);
  });

  it("lets only the owning clinic attach or remove, and the global library only through a copy", async () => {
    const { clinician, exercise } = await clinicExerciseInPlan();
    const other = await createCaseload(db);
    const library = await createExercise(db, { clinicId: null, illustration: "glute-bridge", illustrationAlt: "A bridge, in two steps" });
    await expect(addExerciseMedia(actorOf(other.clinician), exercise.id, { bytes: await jpeg(), altText: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addExerciseMedia(actorOf(clinician), library.id, { bytes: await jpeg(), altText: "x" })).rejects.toBeInstanceOf(NotFoundError);

    await expect(copyExercise(actorOf(other.clinician), exercise.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(copyExercise(actorOf(other.runner), library.id)).rejects.toBeInstanceOf(NotFoundError);
    const copy = await copyExercise(actorOf(clinician), library.id);
    const again = await copyExercise(actorOf(clinician), library.id);
    // A clinician reading Spanish copies the library's Spanish words: the copy is the clinic's own from then on.
    const spanish = await copyExercise(actorOf(clinician), library.id, "es");
    const againInSpanish = await copyExercise(actorOf(clinician), library.id, "es");
    const named = await db.select({ id: exercises.id, name: exercises.name, alt: exercises.illustrationAlt }).from(exercises).where(eq(exercises.clinicId, clinician.clinicId));
    expect(named.find((e) => e.id === copy)?.name).toBe("Glute bridge");
    expect(named.find((e) => e.id === again)?.name).toBe("Glute bridge (copy)");
    expect(named.find((e) => e.id === spanish)).toMatchObject({ name: "Puente de glúteos", alt: expect.stringMatching(/^1: tumbado boca arriba/) });
    expect(named.find((e) => e.id === againInSpanish)?.name).toBe("Puente de glúteos (copia)");
    const { id } = await addExerciseMedia(actorOf(clinician), copy, { bytes: await jpeg(800, 600), altText: "Our own photo" });
    const copies = await listExerciseMedia(actorOf(clinician), [copy, again]);
    expect(copies.map((m) => m.exerciseId)).toEqual([copy]);
    await expect(removeExerciseMedia(actorOf(other.clinician), id)).rejects.toBeInstanceOf(NotFoundError);
    await removeExerciseMedia(actorOf(clinician), id);
    expect(fs.existsSync(path.join(mediaDir, "exercise", id, "w320.webp"))).toBe(false);
  });

  it("serves a video in byte ranges, as a phone's player asks for them", async () => {
    const { clinician, runner, exercise } = await clinicExerciseInPlan();
    const video = mp4();
    const { id, kind } = await addExerciseMedia(actorOf(clinician), exercise.id, { bytes: video, altText: "The glide, from the side" });
    expect(kind).toBe("video");
    expect(await read(await openMediaFile(actorOf(runner), id, "video", "bytes=100-199"))).toEqual(video.subarray(100, 200));
    expect(await read(await openMediaFile(actorOf(runner), id, "video", "bytes=-10"))).toEqual(video.subarray(video.length - 10));
    expect(await openMediaFile(actorOf(runner), id, "video", `bytes=${video.length}-`)).toEqual({ status: "unsatisfiable", size: video.length });
    expect((await openMediaFile(actorOf(runner), id, "w320.webp", null)).status).toBe("missing");
  });
});
