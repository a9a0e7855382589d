import { useLocale, useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/date-format";
import { addNoteAction, editNoteAction } from "../../actions";
import { NoteForm } from "./note-form";

interface NoteView {
  note: { id: string; authorId: string; body: string; createdAt: Date; updatedAt: Date };
  author: string;
}

/** Dated clinician notes; each clinician may edit their own. */
export function NotesSection({ runnerId, notes, actorId, timeZone }: { runnerId: string; notes: NoteView[]; actorId: string; /** The clinic's, which the times are shown in. */ timeZone: string }) {
  const t = useTranslations("notes");
  const locale = useLocale();
  return (
    <Card title={t("title")} className="mt-4">
      <NoteForm action={addNoteAction.bind(null, runnerId)} label={t("new")} submitLabel={t("add")} />
      <ul className="mt-4 space-y-3" aria-label={t("list")}>
        {notes.map(({ note, author }) => (
          <li key={note.id} className="border-t border-slate-100 pt-2">
            <p className="text-xs text-slate-600">
              {formatDateTime(note.createdAt, timeZone, locale)}, {author}
              {note.updatedAt.getTime() - note.createdAt.getTime() > 1000 ? t("edited") : null}
            </p>
            <p className="whitespace-pre-wrap text-sm">{note.body}</p>
            {note.authorId === actorId ? (
              <details>
                <summary className="min-h-11 cursor-pointer content-center text-sm text-brand-700">{t("edit")}</summary>
                <NoteForm action={editNoteAction.bind(null, runnerId, note.id)} label={t("edit")} submitLabel={t("save")} initial={note.body} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
