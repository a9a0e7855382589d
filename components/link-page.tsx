import Link from "next/link";

/*
 * The page a one-time link opens (a runner's invite, a colleague's invite, a password reset), and what it
 * says when the link cannot be used: why, and where to go instead.
 */
export function LinkPage({ title = "StrideBack", lang, children }: { title?: string; lang?: string; children: React.ReactNode }) {
  return (
    <main lang={lang} className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center px-4 py-12">
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      {children}
    </main>
  );
}

export function LinkProblem({ message, href, label }: { message: string; href: string; label: string }) {
  return (
    <>
      <p role="alert" className="mt-4 rounded-md bg-red-50 p-3 text-pain-red">
        {message}
      </p>
      <Link href={href} className="mt-4 font-medium text-brand-700 underline">
        {label}
      </Link>
    </>
  );
}
