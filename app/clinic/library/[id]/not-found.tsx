import { RecordNotFound } from "@/components/pages/record-not-found";

export default function NotFound() {
  return <RecordNotFound what="Exercise" back={{ href: "/clinic/library", label: "Back to the exercise library" }} />;
}
