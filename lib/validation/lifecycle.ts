import { z } from "zod";
import { checkbox } from "./fields";

/*
 * The forms of a record's life after care: asking for a copy of one's data, and closing an account. The
 * runner closes their own with their password; an admin closes a runner's with a deliberate tick.
 */
const understood = checkbox().refine((ticked) => ticked, "Tick this to confirm you understand what closing does.");

export const closeOwnAccountSchema = z.object({
  password: z.string({ error: "Enter your password to confirm." }).min(1, "Enter your password to confirm."),
  understood,
});

export const closeRunnerAccountSchema = z.object({ runnerId: z.uuid(), understood });

export const dataExportRequestSchema = z.object({ runnerId: z.uuid() });
