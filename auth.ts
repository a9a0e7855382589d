import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { findUserForSignIn } from "@/lib/data/users";
import { verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/validation/auth";

export const { auth, handlers, signIn, signOut } = NextAuth({
  ...authConfig,
  logger: {
    // A wrong password is an answer, not a server error; everything else is still logged.
    error(error) {
      if (error.name !== "CredentialsSignin") console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(raw) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const user = await findUserForSignIn(parsed.data.email);
        // Always verify (against a dummy hash when the email is unknown): same answer, same time.
        const ok = await verifyPassword(user?.passwordHash, parsed.data.password);
        if (!user || !ok) return null;
        return { id: user.id, name: user.name, email: user.email, role: user.role, clinicId: user.clinicId };
      },
    }),
  ],
});
