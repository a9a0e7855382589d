import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { checkbox } from "./fields";

/*
 * The forms of a record's life after care: asking for a copy of one's data, and closing an account. The
 * runner closes their own with their password; an admin closes a runner's with a deliberate tick.
 */
const understood = checkbox().refine((ticked) => ticked, said("understood"));

export const closeOwnAccountSchema = z.object({
  password: z.string({ error: said("confirmPassword") }).min(1, said("confirmPassword")),
  understood,
});

export const closeRunnerAccountSchema = z.object({ runnerId: z.uuid(), understood });

export const dataExportRequestSchema = z.object({ runnerId: z.uuid() });
