import { useTranslations } from "next-intl";
import { signOut } from "@/auth";
import { ForgetOfflineCopies } from "./forget-offline-copies";

export function SignOutButton() {
  const t = useTranslations("header");
  return (
    <ForgetOfflineCopies>
      <form
        action={async () => {
          "use server";
          await signOut({ redirectTo: "/login" });
        }}
      >
        <button type="submit" className="min-h-11 rounded-md px-3 text-sm font-medium text-white underline-offset-4 hover:underline">
          {t("signOut")}
        </button>
      </form>
    </ForgetOfflineCopies>
  );
}
