CREATE TABLE "runner_series" (
	"runner_id" uuid NOT NULL,
	"series" text NOT NULL,
	"version" bigint NOT NULL,
	"day" date NOT NULL,
	"value" jsonb NOT NULL,
	CONSTRAINT "runner_series_runner_id_series_pk" PRIMARY KEY("runner_id","series")
);
--> statement-breakpoint
ALTER TABLE "runner_series" ADD CONSTRAINT "runner_series_runner_id_users_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;