import type { APIRequestContext } from "@playwright/test";

/*
 * Server actions driven over HTTP, as a browser without JavaScript posts them: the hidden fields React
 * renders into a form (its action's id and any bound arguments), plus the fields a person fills in.
 */
const unescapeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields of the first form on `path` that has a field named `marker`. */
export async function actionForm(request: APIRequestContext, path: string, marker: string): Promise<[string, string][]> {
  const html = await (await request.get(path)).text();
  const form = html
    .split("<form")
    .slice(1)
    .map((f) => f.slice(0, f.indexOf("</form>")))
    .find((f) => f.includes(`name="${marker}"`));
  if (!form) throw new Error(`No form with a ${marker} field on ${path}`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((m) => [m[1]!, unescapeHtml(m[2] ?? "")]);
}

/** Posts a form's hidden fields and the given values (each value given once, or several times for a list). */
export function postForm(request: APIRequestContext, path: string, hidden: [string, string][], values: [string, string][]) {
  const body = new FormData();
  for (const [k, v] of [...hidden, ...values]) body.append(k, v);
  return request.post(path, { multipart: body, maxRedirects: 0 });
}
