import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import https from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * A real Web Push service on a local HTTPS port, for tests of what StrideBack pushes: it keeps each
 * request (the encrypted body and its headers) and answers 201, or 410 for an endpoint marked gone. Its
 * certificate is made for the test and trusted by this process only.
 */
export interface PushRequest {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export async function startPushService() {
  const dir = mkdtempSync(path.join(tmpdir(), "push-service-"));
  const key = path.join(dir, "key.pem");
  const cert = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"], { stdio: "ignore" });
  const ca = readFileSync(cert);
  const received: PushRequest[] = [];
  const gone = new Set<string>();
  const server = https.createServer({ key: readFileSync(key), cert: ca }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const url = request.url ?? "/";
      received.push({ path: url, headers: request.headers, body: Buffer.concat(chunks) });
      response.writeHead(gone.has(url) ? 410 : 201).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  // web-push sends with Node's global agent: trust this service's certificate here, and nowhere else.
  const previousCa = https.globalAgent.options.ca;
  https.globalAgent.options.ca = ca;
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://127.0.0.1:${port}`,
    received,
    /** The push service forgets this endpoint: sends to it answer 410 Gone. */
    forget: (endpointPath: string) => gone.add(endpointPath),
    close: async () => {
      https.globalAgent.options.ca = previousCa;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
