import http from "node:http";
import { startSmtpSink } from "@/testing/smtp-sink";

/*
 * The end-to-end run's mail server: a real SMTP server the worker sends to, and a small HTTP side on which
 * tests read what arrived for an address (GET /messages?to=...). Started by playwright.config.ts.
 */
const sink = await startSmtpSink(Number(process.env.E2E_SMTP_PORT));
const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  const body = url.pathname === "/messages" ? sink.to(url.searchParams.get("to") ?? "") : { ok: true };
  response.writeHead(200, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
});
server.listen(Number(process.env.E2E_MAIL_HTTP_PORT), "127.0.0.1");
