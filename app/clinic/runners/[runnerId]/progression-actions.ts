"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getActor } from "@/lib/auth/current-actor";
import { getRunnerTriage } from "@/lib/data/roster";
import { endLadder, startLadder } from "@/lib/data/ladder";
import { approveNextPhase, holdPhase, setSelfProgressing, stepBack } from "@/lib/data/progression";
import { attempt, unlessRefused } from "@/lib/form-result";
import { ladderStartSchema } from "@/lib/validation/progression";
import { parseForm, readForm } from "@/lib/validation/form-data";
import type { FormState } from "@/lib/validation/form-state";

/*
 * A runner's phases and walk-run ladder, decided by their clinician. Ids are bound by the page and checked
 * again here (zod) and in lib/data (the plan must be one of the clinician's runners'); each decision is
 * idempotent there, so a second tap changes nothing.
 */
const ids = z.object({ runnerId: z.uuid(), planId: z.uuid(), versionId: z.uuid().optional() });

async function decide(input: z.input<typeof ids>, act: (actor: NonNullable<Awaited<ReturnType<typeof getActor>>>, p: z.infer<typeof ids>) => Promise<unknown>, saved: string) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  const parsed = ids.safeParse(input);
  if (!parsed.success) redirect("/clinic");
  await unlessRefused(act(actor, parsed.data), () => redirect(`/clinic/runners/${parsed.data.runnerId}`));
  revalidatePath("/clinic", "layout");
  redirect(`/clinic/runners/${parsed.data.runnerId}?saved=${saved}#progression`);
}

export async function approvePhaseAction(runnerId: string, planId: string, versionId: string) {
  await decide({ runnerId, planId, versionId }, async (actor, p) => approveNextPhase(actor, p.planId, p.versionId!, (await getRunnerTriage(actor, p.runnerId))?.progress ?? null), "phaseApproved");
}

export async function holdPhaseAction(runnerId: string, planId: string) {
  await decide({ runnerId, planId }, (actor, p) => holdPhase(actor, p.planId), "phaseHeld");
}

export async function stepBackAction(runnerId: string, planId: string, versionId: string) {
  await decide({ runnerId, planId, versionId }, async (actor, p) => stepBack(actor, p.planId, p.versionId!, (await getRunnerTriage(actor, p.runnerId))?.progress ?? null), "steppedBack");
}

export async function selfProgressingAction(runnerId: string, planId: string, on: boolean) {
  await decide({ runnerId, planId }, (actor, p) => setSelfProgressing(actor, p.planId, on === true), on ? "selfProgressing" : "clinicianProgressing");
}

export async function startLadderAction(runnerId: string, _: FormState, formData: FormData): Promise<FormState> {
  const read = readForm(formData, ["checklist"]);
  const result = await attempt(read.values, parseForm(read, ladderStartSchema, { ...read.values, checklist: read.list("checklist"), runnerId }), (actor, input) =>
    startLadder(actor, input.runnerId, input),
  );
  if (!result.ok) return result.state;
  revalidatePath("/clinic", "layout");
  redirect(`/clinic/runners/${runnerId}?saved=ladderStarted#ladder`);
}

export async function endLadderAction(runnerId: string) {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (!z.uuid().safeParse(runnerId).success) redirect("/clinic");
  try {
    await endLadder(actor, runnerId);
  } catch {
    redirect(`/clinic/runners/${runnerId}`);
  }
  revalidatePath("/clinic", "layout");
  redirect(`/clinic/runners/${runnerId}?saved=ladderEnded#ladder`);
}
