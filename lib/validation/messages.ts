import { z } from "zod";
import { plainText } from "./fields";
import { MESSAGE_MAX } from "./limits";

/** A message as the thread's form sends it; the client id makes a resend store nothing new. */
export const messageSchema = z.object({
  clientId: z.uuid("Reload the page and write the message again."),
  body: plainText("Write a message first.")
    .transform((t) => t.trim())
    .pipe(z.string().min(1, "Write a message first.").max(MESSAGE_MAX, `Keep a message under ${MESSAGE_MAX} characters.`)),
});
export type MessageInput = z.infer<typeof messageSchema>;
