import { said } from "@/lib/i18n/said";
import { z } from "zod";
import { plainText } from "./fields";
import { MESSAGE_MAX } from "./limits";

/** A message as the thread's form sends it; the client id makes a resend store nothing new. */
export const messageSchema = z.object({
  clientId: z.uuid(said("messageReload")),
  body: plainText(said("writeMessage"))
    .transform((t) => t.trim())
    .pipe(z.string().min(1, said("writeMessage")).max(MESSAGE_MAX, said("messageLength", { max: MESSAGE_MAX }))),
});
export type MessageInput = z.infer<typeof messageSchema>;
