import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  return <RecordNotFound what="Check-in" back={{ href: "/history", label: "Back to your history" }} />;
}
