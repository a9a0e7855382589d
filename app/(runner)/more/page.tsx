import type { Metadata } from "next";
import { LinkList } from "@/components/ui/link-list";

export const metadata: Metadata = { title: "More" };

/** The More tab: the pages a runner needs now and then. */
export default function MorePage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">More</h1>
      <LinkList
        label="More pages"
        items={[
          { href: "/settings", title: "Settings", detail: "Time zone, reminders, notifications and password." },
          { href: "/programme", title: "Home programme", detail: "Your exercises with their drawings, to print or save." },
          { href: "/account/security", title: "Two-step sign-in", detail: "A code from an authenticator app when you sign in." },
        ]}
      />
    </>
  );
}
