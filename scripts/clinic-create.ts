import { parseArgs } from "node:util";
import { z } from "zod";
import { connect } from "@/db";
import { migrate } from "@/lib/prepare-database";
import { anyClinicExists, establishClinic } from "@/lib/clinic/establish";
import { issueAccountToken, TOKEN_LIFETIME_MINUTES } from "@/lib/data/account-tokens";
import { publicUrl } from "@/lib/public-url";
import { email } from "@/lib/validation/clinic-admin";
import { timeZone } from "@/lib/validation/clinic";

/*
 * `npm run clinic:create -- --name "Riverside Physio" --phone "020 7946 0000" --time-zone Europe/London
 *  --admin-name "Maya Patel" --admin-email maya@riverside.example`
 * The set-up page's work from a shell, for scripted installs: the clinic, its default pain rules and its
 * first admin, who chooses a password from the one-time link printed here (valid 7 days). Refused once a
 * clinic exists: colleagues are invited from the clinic's Team page.
 */
const { values } = parseArgs({
  options: { name: { type: "string" }, phone: { type: "string" }, "time-zone": { type: "string" }, "admin-name": { type: "string" }, "admin-email": { type: "string" } },
});
const input = z
  .object({
    name: z.string({ error: "--name is required" }).trim().min(1).max(120),
    phone: z.string({ error: "--phone is required" }).trim().regex(/^[+]?[0-9][0-9 ()-]{5,24}$/, "--phone: digits, spaces, brackets or dashes"),
    timeZone: timeZone(),
    adminName: z.string({ error: "--admin-name is required" }).trim().min(1).max(120),
    adminEmail: email(),
  })
  .safeParse({ name: values.name, phone: values.phone, timeZone: values["time-zone"] ?? "UTC", adminName: values["admin-name"], adminEmail: values["admin-email"] });
if (!input.success) {
  for (const issue of input.error.issues) console.error(`clinic:create: ${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const connection = await connect({ databaseUrl: process.env.DATABASE_URL || undefined, pgliteDir: process.env.PGLITE_DATA_DIR || undefined });
await migrate(connection);
const { name, phone, timeZone: zone, adminName, adminEmail } = input.data;
const token = await connection.db.transaction(async (tx) => {
  if (await anyClinicExists(tx)) return null;
  const { adminId } = await establishClinic(tx, { name, phone, timeZone: zone }, { name: adminName, email: adminEmail, passwordHash: null }, "shell");
  return (await issueAccountToken(tx, "clinician_invite", adminId, null)).token;
});
await connection.close();
if (!token) {
  console.error("clinic:create: a clinic already exists. Invite colleagues from its Clinic and team page.");
  process.exit(1);
}
console.log(`Created ${name}. ${adminName} chooses a password here (works once, for ${TOKEN_LIFETIME_MINUTES.clinician_invite / (24 * 60)} days):`);
console.log(`${publicUrl()}/join/${token}`);
