import { randomUUID } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { exercises, runnerProfiles, users } from "@/db/schema";
import { addDaysIso, today } from "@/lib/dates";
import { createActivePlan, createClinic, createUser } from "@/testing/factories";
import { pdfText } from "@/testing/pdf-text";
import { seriousViolations } from "../support/axe";
import { createRunnerWithPlan, expect, signIn, test } from "../support/fixtures";
import { mailTo } from "../support/mail";
import { workerClock } from "../support/worker-clock";
import { pick } from "./helpers";

/** No line runs off a 360 px screen: a longer Spanish word wraps instead. */
const fitsTheScreen = (page: import("@playwright/test").Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test("a Spanish-speaking runner is invited, advised and handed their programme in Spanish, while their clinician reads them in English", async ({ browser, page, db }) => {
  test.setTimeout(90_000);
  const clinic = await createClinic(db);
  const clinician = await createUser(db, { clinicId: clinic.id, role: "clinician", name: "Maya Ortega" });
  const email = `lucia-${randomUUID().slice(0, 8)}@test.example`;

  // The clinician, in English, adds the runner and chooses Spanish for her.
  await signIn(page, clinician);
  await page.goto("/clinic/runners/new");
  await page.getByLabel("Name").fill("Lucía Serrano");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Presentation").selectOption("referred_lumbar");
  await page.getByLabel("Affected side").selectOption({ label: "Left" });
  await page.getByRole("radiogroup", { name: /Usual pain/ }).getByRole("radio", { name: "2", exact: true }).check();
  await page.getByRole("checkbox", { name: "None of these" }).check();
  await page.getByLabel("The runner's language").selectOption({ label: "Español" });
  await page.getByRole("button", { name: "Add runner and create invite" }).click();
  const link = await page.getByRole("textbox", { name: "Invite link" }).inputValue();

  // The invite arrives in Spanish, through the worker and a real SMTP server.
  const [invite] = await mailTo(email);
  expect(invite!.subject).toBe("Maya Ortega te ha invitado a StrideBack");
  expect(invite!.text).toContain("Hola, Lucía Serrano:");
  expect(invite!.text).toContain(link);

  // Her phone, in Spanish, at 360 px.
  const phone = await browser.newContext({ locale: "es-ES", viewport: { width: 360, height: 740 } });
  const runner = await phone.newPage();
  await runner.goto(link);
  await expect(runner.getByText("Te damos la bienvenida, Lucía Serrano.")).toBeVisible();
  await expect(runner.getByLabel("Idioma")).toHaveValue("es");
  await runner.getByLabel("Elige una contraseña").fill("lucia-corre-de-nuevo");
  await runner.getByLabel("Escríbela otra vez").fill("lucia-corre-de-nuevo");
  await runner.getByRole("button", { name: "Guardar la contraseña y empezar" }).click();
  await expect(runner).toHaveURL(/\/today$/);
  await expect(runner.getByRole("heading", { level: 1, name: "Hoy" })).toBeVisible();
  await expect(runner.locator("html")).toHaveAttribute("lang", "es");
  await expect(runner.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Registrar" })).toBeVisible();
  expect(await seriousViolations(runner)).toEqual([]);
  expect(await fitsTheScreen(runner)).toBe(true);

  // A red run: the advice after it is in Spanish.
  await runner.getByRole("navigation", { name: "Principal" }).getByRole("link", { name: "Registrar" }).click();
  await runner.getByRole("link", { name: /^Registrar una carrera/ }).click();
  await expect(runner.getByRole("heading", { level: 1, name: "Registrar una carrera" })).toBeVisible();
  await runner.getByLabel("Distancia (km)").fill("5");
  await runner.getByLabel("Duración (minutos)").fill("30");
  await pick(runner, "Dolor durante la carrera", 8);
  await pick(runner, "Dolor después de la carrera", 6);
  await pick(runner, "Esfuerzo (RPE)", 6);
  expect(await fitsTheScreen(runner)).toBe(true);
  await runner.getByRole("button", { name: "Guardar la carrera" }).click();
  const feedback = runner.getByRole("status", { name: "Tu sesión" });
  await expect(feedback).toContainText("Guardado. Rojo: demasiado por ahora");
  await expect(feedback).toContainText("Baja el ritmo: reduce la carga la próxima vez y díselo a tu fisio.");
  await expect(feedback).toContainText("Por qué: dolor 8 durante");
  expect(await fitsTheScreen(runner)).toBe(true);

  // Saddle numbness at the morning check-in: the emergency advice, in Spanish.
  await runner.goto("/check-in");
  await expect(runner.getByRole("heading", { level: 1, name: "Control de la mañana" })).toBeVisible();
  await expect(runner.getByText("¿Cómo te encuentras esta mañana?")).toBeVisible();
  await pick(runner, "Dolor esta mañana", 3);
  const screen = runner.getByRole("group", { name: "Desde ayer, ¿hay algo de esto que sea nuevo?" });
  await expect(screen.getByRole("checkbox", { name: "Nada de esto es nuevo" })).toBeVisible();
  await screen.getByRole("checkbox", { name: /Entumecimiento u hormigueo nuevo en la ingle/ }).check();
  await runner.getByRole("button", { name: "Guardar el control" }).click();
  await expect(runner).toHaveURL(/\/red-flags\/[0-9a-f-]{36}$/);
  await expect(runner.getByRole("heading", { level: 1 })).toHaveText("Ve a urgencias de un hospital ahora");
  await expect(runner.getByText(/Nos indicaste: entumecimiento en silla de montar \(\d\d:\d\d del \d+ \w+\.?\)/)).toBeVisible();
  await expect(runner.getByText("Se ha enviado un aviso a tu fisio")).toBeVisible();
  expect(await seriousViolations(runner)).toEqual([]);
  expect(await fitsTheScreen(runner)).toBe(true);

  // Her clinician gives her a nerve glide from the seeded library: she reads it in Spanish, on screen and printed.
  const [lucia] = await db.select({ id: users.id, locale: users.locale }).from(users).where(eq(users.email, email));
  expect(lucia!.locale).toBe("es");
  const [glide] = await db.select({ id: exercises.id }).from(exercises).where(and(isNull(exercises.clinicId), eq(exercises.illustration, "supine-glide")));
  await createActivePlan(db, { runnerId: lucia!.id, clinicianId: clinician.id, startDate: addDaysIso(today(), -1), items: [{ exerciseId: glide!.id }] });
  await runner.goto("/programme");
  await expect(runner.getByRole("heading", { name: "Deslizamiento del nervio ciático tumbado boca arriba" })).toBeVisible();
  await expect(runner.getByText(/Claves: Solo una tensión suave, nunca un estiramiento/).first()).toBeVisible();
  // Its drawing's step captions are in Spanish too.
  await expect(runner.getByRole("img", { name: /^1: tumbado boca arriba/ })).toHaveAttribute("src", "/illustrations/es/supine-glide.svg");
  expect(await seriousViolations(runner)).toEqual([]);
  expect(await fitsTheScreen(runner)).toBe(true);
  const pdf = await runner.request.get(`/export/runners/${lucia!.id}/programme.pdf`);
  expect(pdf.ok()).toBe(true);
  const printed = (await pdfText(await pdf.body())).replace(/\s+/g, " ");
  expect(printed).toContain("Programa en casa: Lucía Serrano");
  expect(printed).toContain("Deslizamiento del nervio ciático tumbado boca arriba");
  expect(printed).toContain("Tus reglas de dolor");
  expect(printed).toContain("ve a urgencias de un hospital ahora");
  // Her progress report, downloaded by her, is in Spanish: its red flag, its plan and its sentences.
  const report = (await pdfText(await (await runner.request.get(`/export/runners/${lucia!.id}/report.pdf`)).body())).replace(/\s+/g, " ");
  expect(report).toContain("Informe de evolución: Lucía Serrano");
  expect(report).toMatch(/Señales de alarma .*entumecimiento en silla de montar\. Abierta\./);
  expect(report).toContain("Deslizamiento del nervio ciático tumbado boca arriba");

  // Her clinician reads the same runner, and prints the same programme, in English and Spanish respectively.
  await page.goto(`/clinic/runners/${lucia!.id}`);
  await expect(page.getByText(/red flag: saddle numbness, reported \d\d:\d\d on/).first()).toBeVisible();
  await expect(page.getByText("pain 8 during run on", { exact: false }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByText("Supine sciatic nerve glide (slider)").first()).toBeVisible();
  const clinicianCopy = await pdfText(await (await page.request.get(`/export/runners/${lucia!.id}/programme.pdf`)).body());
  expect(clinicianCopy).toContain("Programa en casa: Lucía Serrano");
  const clinicianReport = await pdfText(await (await page.request.get(`/export/runners/${lucia!.id}/report.pdf`)).body());
  expect(clinicianReport).toContain("Progress report: Lucía Serrano");

  // She changes her own language in her settings; the form names no user, so it can change nobody else's.
  await runner.goto("/settings");
  await runner.getByLabel("Idioma").selectOption("en");
  await runner.getByRole("button", { name: "Guardar idioma" }).click();
  await expect(runner.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await runner.goto("/today");
  await expect(runner.getByRole("heading", { level: 1, name: "Today" })).toBeVisible();
  const [after] = await db.select({ locale: users.locale }).from(users).where(eq(users.id, clinician.id));
  expect([(await db.select({ locale: users.locale }).from(users).where(eq(users.email, email)))[0]!.locale, after!.locale]).toEqual(["en", "en"]);
  await phone.close();
});

/*
 * A Spanish-speaking runner's own pages and the reminder the worker sends her: the settings she sets them
 * in, the email that arrives at her 07:00, and the pages she reads each day, in Spanish, at 360 px.
 */
test("a Spanish-speaking runner sets her reminders in Spanish and the worker emails them in Spanish at her 07:00", async ({ browser, db }) => {
  test.setTimeout(90_000);
  const { runner } = await createRunnerWithPlan(db);
  // Her own clock (Tehran, +03:30): a tick for her 07:00 is no other test's reminder minute.
  const timeZone = "Asia/Tehran";
  await db.update(users).set({ locale: "es" }).where(eq(users.id, runner.id));
  await db.update(runnerProfiles).set({ timeZone }).where(eq(runnerProfiles.runnerId, runner.id));
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await signIn(page, runner);

  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1, name: "Ajustes" })).toBeVisible();
  for (const day of ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]) await page.getByRole("checkbox", { name: day, exact: true }).check();
  await page.getByLabel("Hora del recordatorio de ejercicios").fill("07:00");
  await page.getByRole("checkbox", { name: "Un aviso tras 3 días sin registrar nada" }).uncheck();
  await page.getByRole("button", { name: "Guardar los recordatorios" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Guardado: tus recordatorios están listos." })).toBeVisible();

  // Her everyday pages: Spanish, nothing serious for axe, nothing wider than the phone.
  for (const [path, heading] of [
    ["/settings", "Ajustes"],
    ["/log/session", "Registrar ejercicios"],
    ["/history", "Historial"],
    ["/progress", "Tu progreso"],
    ["/messages", "Mensajes"],
    ["/worry", "¿Algo nuevo o que te preocupa?"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect([path, await seriousViolations(page)]).toEqual([path, []]);
    expect([path, await fitsTheScreen(page)]).toEqual([path, true]);
  }
  // The load ratio's target band on her running chart, with a decimal comma.
  await page.goto("/progress");
  const running = page.getByRole("img", { name: /^Distancia y ratio de carga/ });
  await expect(running.locator("text")).toContainText(["0,8", "1,3"]);

  // 07:00 tomorrow on her clock: the reminder reaches the SMTP server, in Spanish.
  const clock = await workerClock(db);
  await clock.tick(addDaysIso(today(timeZone), 1), "07:00", timeZone);
  const [mail] = await mailTo(runner.email);
  expect(mail!.subject).toBe("Tus ejercicios de hoy");
  expect(mail!.text).toContain("Los ejercicios de hoy te esperan en tu plan");
  await clock.close();
  await phone.close();
});
