import { describe, expect, it } from "vitest";
import { checkinReminderMail, digestMail, inviteMail } from "./compose";

const runner = { email: "lucia@example.test", name: "Lucía", locale: "es" as const };

describe("emails in the recipient's language", () => {
  it("invites a Spanish-speaking runner in Spanish, whoever invited them", () => {
    const mail = inviteMail(runner, { clinician: "Maya Patel", clinic: "Riverside Physio" }, "https://x.test/invite/t", 7);
    expect(mail.subject).toBe("Maya Patel te ha invitado a StrideBack");
    expect(mail.text).toContain("Hola, Lucía:");
    expect(mail.text).toContain("durante 7 días):\nhttps://x.test/invite/t");
  });

  it("reminds in Spanish, on the email and on the lock screen alike", () => {
    const mail = checkinReminderMail(runner, "https://x.test");
    expect(mail.subject).toBe("¿Cómo te encuentras esta mañana?");
    expect(mail.notification).toEqual({ title: "¿Cómo te encuentras esta mañana?", body: "Unos segundos: le dice a tu fisio cómo le sentó ayer a tu pierna.", url: "/check-in" });
    expect(mail.text).toContain("https://x.test/check-in\n\n--\nStrideBack. Para cambiar estos correos: https://x.test/settings");
  });

  it("counts runners with the language's plural rules", () => {
    const clinician = { email: "maya@example.test", name: "Maya", locale: "en" as const };
    expect(digestMail(clinician, "https://x.test", [{ name: "A", status: "red" }]).subject).toBe("1 runner needs your attention");
    expect(digestMail({ ...clinician, locale: "es" }, "https://x.test", [{ name: "A", status: "red" }, { name: "B", status: "urgent" }]).text).toContain(
      "- A: luz roja\n- B: señal de alarma abierta",
    );
  });
});
