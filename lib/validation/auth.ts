import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your email address.")),
  password: z.string().min(1, "Enter your password.").max(200),
});

export const newPassword = () => z.string().min(10, "Use at least 10 characters.").max(200, "Use at most 200 characters.");

export const changePasswordSchema = z
  .object({
    current: z.string({ error: "Enter your current password." }).min(1, "Enter your current password.").max(200),
    password: newPassword(),
    confirm: z.string({ error: "Type the new password again." }),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." })
  .refine((v) => v.password !== v.current, { path: ["password"], message: "Choose a password different from the current one." });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
