import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  return <RecordNotFound what="Red flag" back={{ href: "/today", label: "Back to today" }} />;
}
