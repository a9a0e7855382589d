import { inWords } from "@/lib/i18n/say";
import type { Locale } from "@/lib/i18n/locales";

/** The refusal a data function raised, worded as its reader reads it (in English unless asked). */
export async function refusalOf(command: Promise<unknown>, locale: Locale = "en"): Promise<string> {
  try {
    await command;
  } catch (error) {
    if (error instanceof Error) return inWords(error.message, locale);
    throw error;
  }
  throw new Error("The command was not refused.");
}
