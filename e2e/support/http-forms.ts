import type { APIRequestContext } from "@playwright/test";
import { hiddenFields } from "@/lib/http-visitor";

/*
 * Server actions driven over HTTP, as a browser without JavaScript posts them: the hidden fields React
 * renders into a form (its action's id and any bound arguments), plus the fields a person fills in.
 */
/** The hidden fields of the first form on `path` that has a field named `marker` (and holds each `within` text). */
export async function actionForm(request: APIRequestContext, path: string, marker: string, within: string[] = []): Promise<[string, string][]> {
  return hiddenFields(await (await request.get(path)).text(), marker, within);
}

/** Posts a form's hidden fields and the given values (each value given once, or several times for a list). */
export async function postForm(request: APIRequestContext, path: string, hidden: [string, string][], values: [string, string][]) {
  const body = new FormData();
  for (const [k, v] of [...hidden, ...values]) body.append(k, v);
  try {
    return await request.post(path, { multipart: body, maxRedirects: 0 });
  } catch (error) {
    // A kept-alive socket the server closed while idle (Node's 5 s keep-alive) fails before the request is
    // read; the visitor's browser would simply send it again on a new connection.
    if (!/ECONNRESET/.test(String(error))) throw error;
    return request.post(path, { multipart: body, maxRedirects: 0 });
  }
}
