import { eq } from "drizzle-orm";
import { exerciseMedia, runnerProfiles } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createActivePlan, createCaseload, createClinic, createExercise, createRunnerInCare, createUser } from "@/testing/factories";
import { fakeJpeg, jpeg, mp4 } from "@/testing/media-files";
import { expect, signIn, test } from "../support/fixtures";

/*
 * A clinic's own photo of an exercise, from the clinician's upload form to the runner's phone, and to
 * nobody else: another clinic's clinician gets "not found" for the very file URL.
 */
test("a clinician's photo reaches the runner's Today page at 360 px; another clinic gets not found; a fake JPEG is refused", async ({ browser, page, db }) => {
  // Three signed-in browsers and two uploads: more than the default 30 s when the machine is shared.
  test.setTimeout(90_000);
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician" });
  const start = addDaysIso(today(), -14);
  const runner = await createRunnerInCare(db, { clinicId: clinic.id, clinicianId: clinician.id, startDate: start });
  await db.update(runnerProfiles).set({ startDate: start }).where(eq(runnerProfiles.runnerId, runner.id));
  const exercise = await createExercise(db, { clinicId: clinic.id, name: "Clinic wall slide" });
  await createActivePlan(db, { runnerId: runner.id, clinicianId: clinician.id, startDate: start, items: [{ exerciseId: exercise.id }] });

  await signIn(page, clinician);
  await page.goto(`/clinic/library/${exercise.id}/edit`);
  const media = page.getByRole("region", { name: "Photos and videos" });
  await media.getByLabel("Photo or video").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: fakeJpeg() });
  await media.getByLabel(/What it shows/).fill("Not really a photo");
  await media.getByRole("button", { name: "Upload" }).click();
  await expect(media.getByRole("alert")).toHaveText("That file is not a JPEG, PNG or WebP photo, nor an MP4, WebM or MOV video. StrideBack reads the file itself, not its name.");
  expect(await db.select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, exercise.id))).toEqual([]);

  await media.getByLabel("Photo or video").setInputFiles({ name: "wall-slide.jpg", mimeType: "image/jpeg", buffer: await jpeg(1600, 1200) });
  await media.getByLabel(/What it shows/).fill("Standing with the back against a wall, sliding down");
  await media.getByRole("button", { name: "Upload" }).click();
  await expect(media.getByRole("status")).toContainText("Uploaded");
  await expect(media.getByRole("img", { name: "Standing with the back against a wall, sliding down" })).toBeVisible();
  const [stored] = await db.select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, exercise.id));
  expect(stored).toMatchObject({ kind: "image", width: 1600, height: 1200 });

  // The runner, on a 360 px phone.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2 });
  const runnerPage = await phone.newPage();
  await signIn(runnerPage, runner);
  await runnerPage.goto("/today");
  const due = runnerPage.getByRole("list", { name: "Exercises due today" });
  const photo = due.getByRole("img", { name: "Standing with the back against a wall, sliding down" });
  await photo.scrollIntoViewIfNeeded();
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  const box = await photo.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(360);
  // A 2x phone at this width picks the 640 px copy, not the 1024 px one.
  expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/w640\.webp$/);
  // The instructions open from a visible control, and say they are open.
  const how = due.getByText("How to do it");
  await expect(due.getByText("Lie on your back and glide the nerve to light tension.")).toBeHidden();
  await how.click();
  await expect(due.locator("details")).toHaveAttribute("open", "");
  await expect(due.getByText("Lie on your back and glide the nerve to light tension.")).toBeVisible();

  const file = `/media/${stored!.id}/w320.webp`;
  const mine = await runnerPage.request.get(file);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["content-type"]).toBe("image/webp");
  expect(mine.headers()["cache-control"]).toContain("private");

  const { clinician: outsider } = await createCaseload(db);
  const elsewhere = await browser.newContext();
  const outsiderPage = await elsewhere.newPage();
  await signIn(outsiderPage, outsider);
  expect((await outsiderPage.request.get(file)).status()).toBe(404);
  expect((await outsiderPage.request.get(`/clinic/library/${exercise.id}/edit`)).status()).toBe(404);
  // Nor can they post a photo to it.
  const forged = await outsiderPage.request.post(`/api/exercises/${exercise.id}/media`, {
    headers: { origin: new URL(outsiderPage.url()).origin },
    multipart: { file: { name: "x.jpg", mimeType: "image/jpeg", buffer: await jpeg(100, 100) }, alt: "forged" },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(404);
  // A cross-site form cannot post one even with the clinic's own session.
  const crossSite = await page.request.post(`/api/exercises/${exercise.id}/media`, {
    headers: { origin: "https://evil.example" },
    multipart: { file: { name: "x.jpg", mimeType: "image/jpeg", buffer: await jpeg(100, 100) }, alt: "cross-site" },
    maxRedirects: 0,
  });
  expect(crossSite.status()).toBe(403);
  expect(await db.select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, exercise.id))).toHaveLength(1);
  await Promise.all([phone.close(), elsewhere.close()]);
});

test("a clinic video streams in byte ranges", async ({ page, db }) => {
  const { clinic, clinician } = await createCaseload(db);
  const exercise = await createExercise(db, { clinicId: clinic.id, name: "Clinic glide video" });
  await signIn(page, clinician);
  await page.goto(`/clinic/library/${exercise.id}/edit`);
  const media = page.getByRole("region", { name: "Photos and videos" });
  const video = mp4(128 * 1024);
  await media.getByLabel("Photo or video").setInputFiles({ name: "glide.mp4", mimeType: "video/mp4", buffer: video });
  await media.getByLabel(/What it shows/).fill("The glide from the side");
  await media.getByRole("button", { name: "Upload" }).click();
  await expect(media.getByRole("status")).toContainText("Uploaded");
  const [stored] = await db.select().from(exerciseMedia).where(eq(exerciseMedia.exerciseId, exercise.id));
  const part = await page.request.get(`/media/${stored!.id}/video`, { headers: { range: "bytes=1000-1999" } });
  expect(part.status()).toBe(206);
  expect(part.headers()["content-range"]).toBe(`bytes 1000-1999/${video.length}`);
  expect(Buffer.from(await part.body())).toEqual(video.subarray(1000, 2000));
  expect((await page.request.get(`/media/${stored!.id}/video`, { headers: { range: `bytes=${video.length}-` } })).status()).toBe(416);
});
