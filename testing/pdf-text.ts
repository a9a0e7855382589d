import { extractText, getDocumentProxy } from "unpdf";

/** The text of a PDF, as a reader's copy-and-paste would give it: how the tests read what was printed. */
export async function pdfText(pdf: Uint8Array | Buffer): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(doc, { mergePages: true });
  return text.replace(/\s+/g, " ");
}
