"use client";

import * as AlertDialog from "@radix-ui/react-alert-dialog";
import { useRef, useState } from "react";
import { useCommonWords } from "@/components/words/common-words";

const secondaryDanger = "inline-flex min-h-11 items-center justify-center rounded-md border-2 border-pain-red bg-white px-4 text-sm font-semibold text-pain-red hover:bg-red-50 disabled:opacity-60";

/**
 * The submit button of a form that does something hard to undo (discharge, end a plan). With JavaScript
 * it asks first, in an accessible alert dialog (Radix: focus is trapped, Escape cancels, the title and
 * description are announced); confirming submits the form it belongs to. Without JavaScript it submits
 * as a plain button, as every form here does.
 */
export function ConfirmSubmit({ label, title, description, confirm, disabled }: { label: string; title: string; description: string; confirm: string; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const words = useCommonWords();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <AlertDialog.Root open={open} onOpenChange={setOpen}>
      <button
        ref={button}
        type="submit"
        disabled={disabled}
        className={secondaryDanger}
        onClick={(event) => {
          event.preventDefault();
          setOpen(true);
        }}
      >
        {label}
      </button>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        {/* No Radix Trigger (the button must stay a plain submit without JavaScript), so focus is handed back by hand. */}
        <AlertDialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            button.current?.focus();
          }}
          className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-lg bg-white p-5 shadow-xl">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description className="mt-2 text-sm text-slate-700">{description}</AlertDialog.Description>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <AlertDialog.Cancel className="inline-flex min-h-11 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-semibold">{words.cancel}</AlertDialog.Cancel>
            <AlertDialog.Action
              className="inline-flex min-h-11 items-center rounded-md bg-pain-red px-4 text-sm font-semibold text-white"
              onClick={() => button.current?.form?.requestSubmit(button.current)}
            >
              {confirm}
            </AlertDialog.Action>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
