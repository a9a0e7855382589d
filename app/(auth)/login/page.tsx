import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "./login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ closed?: string }> }) {
  const { closed } = await searchParams;
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">StrideBack</h1>
      <p className="mt-1 mb-8 text-slate-600">Rehab plans and pain logs for runners and their physios.</p>
      {closed ? (
        <p role="status" className="mb-6 rounded-md bg-brand-50 p-3 text-sm">
          Your account is closed and you are signed out. Your clinic keeps your clinical record for as long as health records must be kept; ask them if you need anything from it.
        </p>
      ) : null}
      <LoginForm />
      <Link href="/forgot-password" className="mt-6 font-medium text-brand-700 underline">
        Forgot your password?
      </Link>
    </main>
  );
}
