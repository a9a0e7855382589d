import { beforeAll } from "vitest";
import { openDatabase } from "@/lib/prepare-database";

beforeAll(async () => {
  await openDatabase();
});
