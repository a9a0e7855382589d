import { said } from "@/lib/i18n/said";
import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email(said("email"))),
  password: z.string().min(1, said("password")).max(200),
});

export const newPassword = () => z.string().min(10, said("passwordShort")).max(200, said("passwordLong"));

export const changePasswordSchema = z
  .object({
    current: z.string({ error: said("currentPassword") }).min(1, said("currentPassword")).max(200),
    password: newPassword(),
    confirm: z.string({ error: said("typeAgain") }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: said("differ") })
  .refine((v) => v.password !== v.current, { path: ["password"], message: said("samePassword") });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
