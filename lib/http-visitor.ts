/*
 * A visitor over plain HTTP that signs in through the login form as a browser without JavaScript would,
 * keeps the session cookie, and times each request: for the benchmark and the demo's warm-up. Node only.
 */
const unescapeHtml = (s: string) => s.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The hidden fields of the first form on the page that has a field named `marker` (and holds each `within` text). */
export function hiddenFields(html: string, marker: string, within: string[] = []): [string, string][] {
  const form = html
    .split("<form")
    .slice(1)
    .map((f) => f.slice(0, f.indexOf("</form>")))
    .find((f) => f.includes(`name="${marker}"`) && within.every((w) => f.includes(w)));
  if (!form) throw new Error(`No form with a ${marker} field`);
  return [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)].map((m) => [m[1]!, unescapeHtml(m[2] ?? "")]);
}

export interface Timed {
  status: number;
  ms: number;
  bytes: number;
  body: string;
}

export class Visitor {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Timed> {
    const started = performance.now();
    // A browser names its origin on every post; Next's server actions check it.
    const origin: Record<string, string> = init.method && init.method !== "GET" ? { origin: this.base } : {};
    const response = await fetch(this.base + path, { ...init, redirect: "manual", headers: { ...origin, ...(init.headers as Record<string, string>), cookie: this.cookieHeader() } });
    const body = await response.text();
    const ms = performance.now() - started;
    this.keep(response);
    return { status: response.status, ms, bytes: Buffer.byteLength(body), body };
  }

  async signIn(email: string, password: string) {
    const login = await this.request("/login");
    const form = new FormData();
    for (const [k, v] of hiddenFields(login.body, "email")) form.append(k, v);
    form.append("email", email);
    form.append("password", password);
    const answer = await this.request("/login", { method: "POST", body: form });
    if (![...this.cookies.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email}: ${answer.status}`);
    return answer;
  }
}

export async function waitFor(url: string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { redirect: "manual" });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}

