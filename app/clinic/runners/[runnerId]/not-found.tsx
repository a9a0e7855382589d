import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  return <RecordNotFound what="Runner" back={{ href: "/clinic", label: "Back to your caseload" }} />;
}
