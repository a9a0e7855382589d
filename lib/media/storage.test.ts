import fs from "node:fs";
import os from "node:os";
import path from "node:path";
// @ts-expect-error s3rver ships no types: a local S3-compatible server, the peer the S3 store talks to here.
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localStorage, type MediaStorage, s3Storage } from "./storage";

/*
 * Both stores against real peers: the local disk, and an S3-compatible server on a local port (s3rver),
 * spoken to by the AWS SDK exactly as a bucket in production would be.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "strideback-storage-"));
let server: { run(): Promise<{ port: number }>; close(): Promise<void> };

beforeAll(async () => {
  server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: path.join(dir, "s3"), configureBuckets: [{ name: "media" }] });
  const { port } = await server.run();
  Object.assign(process.env, { S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_REGION: "us-east-1", AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const text = async (stored: Awaited<ReturnType<MediaStorage["get"]>>) => (stored ? Buffer.from(await new Response(stored.body).arrayBuffer()).toString() : null);

describe.each([
  ["local disk", () => Promise.resolve(localStorage(path.join(dir, "disk")))],
  ["S3-compatible", () => s3Storage("media")],
])("the %s media store", (_, make) => {
  it("keeps a file, reads it whole or by range, and forgets it", async () => {
    const store = await make();
    await store.put("exercise/abc/video", Buffer.from("0123456789"), "video/mp4");
    expect(await text(await store.get("exercise/abc/video"))).toBe("0123456789");
    const part = await store.get("exercise/abc/video", { start: 2, end: 5 });
    expect(part?.length).toBe(4);
    expect(await text(part)).toBe("2345");
    await store.remove("exercise/abc/video");
    expect(await store.get("exercise/abc/video")).toBeNull();
  });

  it("lists every key it holds, for a backup", async () => {
    const store = await make();
    await store.put("backup-list/b/photo.webp", Buffer.from("b"), "image/webp");
    await store.put("backup-list/a/run.fit", Buffer.from("a"), "application/octet-stream");
    expect((await store.list()).filter((key) => key.startsWith("backup-list/"))).toEqual(["backup-list/a/run.fit", "backup-list/b/photo.webp"]);
  });

  it("refuses a key that could leave its folder", async () => {
    const store = await make();
    await expect(store.put("../outside", Buffer.from("x"), "text/plain")).rejects.toThrow(/Not a media key/);
  });
});
