import "server-only";
import { z } from "zod";
import type { Role } from "@/db/schema";

/** The signed-in user on whose behalf a data function runs. Every lib/data function takes one. */
export interface Actor {
  id: string;
  role: Role;
  clinicId: string;
  /** A clinic admin: colleagues, the clinic's details, and every runner of the clinic. */
  admin?: boolean;
  /** The server-side session the request came with (absent in tests that act directly). */
  sessionId?: string;
}


const uuid = z.uuid();
/** Ids arrive from URLs and forms; anything that is not a UUID cannot name a row. */
export function isId(value: unknown): value is string {
  return uuid.safeParse(value).success;
}
