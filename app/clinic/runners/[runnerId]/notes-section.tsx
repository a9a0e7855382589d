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
  return (
    <Card title="Notes" className="mt-4">
      <NoteForm action={addNoteAction.bind(null, runnerId)} label="New note" submitLabel="Add note" />
      <ul className="mt-4 space-y-3" aria-label="Clinician notes">
        {notes.map(({ note, author }) => (
          <li key={note.id} className="border-t border-slate-100 pt-2">
            <p className="text-xs text-slate-600">
              {formatDateTime(note.createdAt, timeZone)}, {author}
              {note.updatedAt.getTime() - note.createdAt.getTime() > 1000 ? " (edited)" : ""}
            </p>
            <p className="whitespace-pre-wrap text-sm">{note.body}</p>
            {note.authorId === actorId ? (
              <details>
                <summary className="min-h-11 cursor-pointer content-center text-sm text-brand-700">Edit note</summary>
                <NoteForm action={editNoteAction.bind(null, runnerId, note.id)} label="Edit note" submitLabel="Save note" initial={note.body} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
