import { isFit, readFit } from "./read-fit";
import { readGpx, readTcx, xmlRoot } from "./read-xml";
import { type RunReading, RunFileError, RUN_FILE_LIMIT_BYTES } from "./reading";

/**
 * Reads a run file by what it holds, not by its name: the FIT header, or the XML document's root element.
 * Anything else, too large, empty or cut short is refused with a sentence for the runner.
 */
export function readRunFile(bytes: Uint8Array): RunReading {
  if (bytes.length === 0) throw new RunFileError("empty");
  if (bytes.length > RUN_FILE_LIMIT_BYTES) throw new RunFileError("size");
  if (isFit(bytes)) return readFit(bytes);
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  const root = xmlRoot(text.replace(/^\uFEFF/, ""));
  if (root === "gpx") return readGpx(text);
  if (root === "tcx") return readTcx(text);
  throw new RunFileError("type");
}
