import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  return <RecordNotFound what="Entry" back={{ href: "/history", label: "Back to your history" }} />;
}
