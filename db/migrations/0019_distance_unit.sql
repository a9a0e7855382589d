CREATE TYPE "public"."distance_unit" AS ENUM('km', 'mi');--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "distance_unit" "distance_unit";