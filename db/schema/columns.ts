import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  smallint,
  timestamp,
} from "drizzle-orm/pg-core";

/* Column helpers and bounds that several domains share. */

/** Calendar dates StrideBack accepts anywhere: the forms (lib/validation/fields) check the same bounds. */
export const EARLIEST_DATE = "2000-01-01";
export const LATEST_DATE = "2099-12-31";

export const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();
/** A 0-10 score (NPRS pain, stiffness, RPE); the CHECK below keeps it in range. */
export const score = (name: string) => smallint(name);
export const inScoreRange = (column: AnyPgColumn) => sql`${column} IS NULL OR ${column} BETWEEN 0 AND 10`;
/** An IANA zone PostgreSQL knows, so that every "today" computed in SQL is computable. */
export const isTimeZone = (column: AnyPgColumn) => sql`length(${column}) <= 64 and (timestamptz '2000-01-01 00:00:00+00' at time zone ${column}) is not null`;
/** The calendar StrideBack works in, the same bounds the forms check: year 1 or 9999 is a typo, never a record. */
export const inDateRange = (column: AnyPgColumn) => sql`${column} IS NULL OR ${column} BETWEEN ${sql.raw(`'${EARLIEST_DATE}'`)} AND ${sql.raw(`'${LATEST_DATE}'`)}`;
