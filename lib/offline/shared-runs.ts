import { createStore, del, get, set, type UseStore } from "idb-keyval";

/*
 * Run files shared to StrideBack from the watch's app (the manifest's share target). On the installed app
 * the service worker takes the share, keeps the files here and sends the runner on to the import page,
 * which takes them out whenever it opens (after a sign-in too) and reads them as if chosen there: with or
 * without a connection. Sign-out forgets
 * them with the other offline copies, for the phone may be shared.
 */

/** Where a share is posted (app/manifest.ts), and the form field that carries its files. */
export const SHARE_TARGET = "/log/run/import/shared";
export const SHARED_FILES_FIELD = "runs";
/** Where the service worker sends the runner once the files are kept: the page takes any waiting there. */
export const SHARED_LANDING = "/log/run/import";

// Opened on first use, never at import: the module is also loaded where there is no IndexedDB (the server).
let store: UseStore | null = null;
const shared = () => (store ??= createStore("strideback-shared", "runs"));

/** Adds the files of a share to any not yet taken (two shares before the page opens keep both). */
export async function keepSharedRuns(files: File[]) {
  const waiting = (await get<File[]>("files", shared())) ?? [];
  await set("files", [...waiting, ...files], shared());
}

/** The files shared and not yet read; taking them removes them, so a reload does not read them twice. */
export async function takeSharedRuns(): Promise<File[]> {
  const files = (await get<File[]>("files", shared())) ?? [];
  await del("files", shared());
  return files;
}

export const forgetSharedRuns = () => del("files", shared());
