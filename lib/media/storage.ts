import "server-only";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";

/*
 * Where exercise photos and videos are kept. Local disk under .data/media by default (one machine, or a
 * shared volume); any S3-compatible store when S3_BUCKET is set, which is what several app instances
 * need. Keys are made by the app (lib/data/media.ts), never by a user, so they are safe as paths.
 */
export interface StoredObject {
  body: ReadableStream<Uint8Array>;
  /** Bytes in the body: the whole object, or the range asked for. */
  length: number;
}

export interface MediaStorage {
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object, or `range` of it (inclusive byte offsets, already checked against the size); null when it is missing. */
  get(key: string, range?: { start: number; end: number }): Promise<StoredObject | null>;
  remove(key: string): Promise<void>;
  /** Every stored key, for a backup (lib/backup): the store holds nothing else of StrideBack's. */
  list(): Promise<string[]>;
}

const SAFE_KEY = /^[a-z0-9-]+(\/[a-z0-9.-]+)*$/;
const checked = (key: string) => {
  if (!SAFE_KEY.test(key) || key.includes("..")) throw new Error(`Not a media key: ${key}`);
  return key;
};

export function localStorage(root = process.env.STRIDEBACK_MEDIA_DIR || path.join(process.cwd(), ".data", "media")): MediaStorage {
  // Not a path for the build to trace: the files are written at run time, under a folder chosen by configuration.
  const file = (key: string) => path.join(/* turbopackIgnore: true */ root, checked(key));
  return {
    async put(key, body) {
      await fs.promises.mkdir(path.dirname(file(key)), { recursive: true });
      // Written aside and renamed: a reader never sees half a file.
      const partial = `${file(key)}.${process.pid}.partial`;
      await fs.promises.writeFile(partial, body);
      await fs.promises.rename(partial, file(key));
    },
    async get(key, range) {
      const stat = await fs.promises.stat(file(key)).catch(() => null);
      if (!stat) return null;
      const stream = fs.createReadStream(file(key), range ? { start: range.start, end: range.end } : {});
      return { body: Readable.toWeb(stream) as ReadableStream<Uint8Array>, length: range ? range.end - range.start + 1 : stat.size };
    },
    async remove(key) {
      await fs.promises.rm(file(key), { force: true });
    },
    async list() {
      const entries = await fs.promises.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
      return entries
        .filter((entry) => entry.isFile() && !entry.name.endsWith(".partial"))
        .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
        .sort();
    },
  };
}

/** S3_BUCKET, and optionally S3_ENDPOINT (MinIO, R2, …), S3_REGION; credentials come from the AWS SDK's usual sources. */
export async function s3Storage(bucket: string): Promise<MediaStorage> {
  const { S3Client, PutObjectCommand, GetObjectCommand, DeleteObjectCommand, ListObjectsV2Command, NoSuchKey } = await import("@aws-sdk/client-s3");
  const client = new S3Client({
    region: process.env.S3_REGION || "us-east-1",
    endpoint: process.env.S3_ENDPOINT || undefined,
    forcePathStyle: Boolean(process.env.S3_ENDPOINT),
  });
  return {
    async put(key, body, contentType) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: checked(key), Body: body, ContentType: contentType }));
    },
    async get(key, range) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket: bucket, Key: checked(key), Range: range ? `bytes=${range.start}-${range.end}` : undefined }));
        if (!out.Body) return null;
        return { body: out.Body.transformToWebStream() as ReadableStream<Uint8Array>, length: Number(out.ContentLength ?? 0) };
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: checked(key) }));
    },
    async list() {
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }));
        for (const object of page.Contents ?? []) if (object.Key) keys.push(object.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },
  };
}

/** Where the configured store is, in words for a backup's manifest and a person reading it. */
export function storeName(): string {
  return process.env.S3_BUCKET ? `s3://${process.env.S3_BUCKET}` : `disk:${process.env.STRIDEBACK_MEDIA_DIR || ".data/media"}`;
}

let storage: { where: string; store: Promise<MediaStorage> } | undefined;
/** The store the configuration names, made once and made again only if the configuration changes (tests set their own folder). */
export function getStorage(): Promise<MediaStorage> {
  const where = process.env.S3_BUCKET ? `s3:${process.env.S3_BUCKET}` : `disk:${process.env.STRIDEBACK_MEDIA_DIR ?? ""}`;
  if (storage?.where !== where) storage = { where, store: process.env.S3_BUCKET ? s3Storage(process.env.S3_BUCKET) : Promise.resolve(localStorage()) };
  return storage.store;
}

/**
 * Removes stored objects after the rows that named them are gone. A failure is logged, not thrown: the
 * deletion the person asked for has happened, and a file left behind is named in the log for cleaning.
 */
export async function removeStored(keys: string[]) {
  if (keys.length === 0) return;
  const store = await getStorage();
  for (const key of keys) {
    await store.remove(key).catch(async (err: unknown) => {
      const { log } = await import("@/lib/log");
      log.error({ err, key }, "a stored file outlived its row");
    });
  }
}
