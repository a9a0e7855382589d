import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default function LoginPage() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">StrideBack</h1>
      <p className="mt-1 mb-8 text-slate-600">Rehab plans and pain logs for runners and their physios.</p>
      <LoginForm />
      <Link href="/forgot-password" className="mt-6 font-medium text-brand-700 underline">
        Forgot your password?
      </Link>
    </main>
  );
}
