/*
 * Reads back a plain-text email as StrideBack sends it (nodemailer, one text part): recipients, subject and
 * body. For the development outbox page and the tests' SMTP server; not a general MIME parser.
 */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
}

/** Undoes quoted-printable (RFC 2045), which nodemailer uses for long or non-ASCII lines. */
function decodeQuotedPrintable(body: string): string {
  const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

/** Undoes RFC 2047 encoded words in a header (a name with an accent in a subject). */
function decodeHeader(value: string): string {
  return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, _charset: string, kind: string, text: string) =>
    kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

/** `to`: the envelope's recipients when known (SMTP); otherwise the To header's. */
export function parseMail(raw: string, to?: string[]): ReceivedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, "");
  const header = (name: string) => decodeHeader(head.match(new RegExp(`^${name}: (.*)$`, "mi"))?.[1]?.trim() ?? "");
  const encoding = header("Content-Transfer-Encoding").toLowerCase();
  const text = encoding === "quoted-printable" ? decodeQuotedPrintable(body) : encoding === "base64" ? Buffer.from(body, "base64").toString("utf8") : body;
  return { to: to ?? header("To").split(",").map((a) => a.trim()), subject: header("Subject"), text: text.replace(/\r\n/g, "\n").trim() };
}

