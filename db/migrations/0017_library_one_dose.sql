-- One dose per library exercise: the protocol doses that were repeated as text on the Askling exercises
-- and the Nordic are the templates' own (acute hamstring strain, Nordic progression), so the library
-- card shows only its default dose. Only text still as seeded is cleared: a library row is never a
-- clinic's own, but this stays safe if someone edited it by hand.
UPDATE "exercises" SET "dose_notes" = '' WHERE "clinic_id" IS NULL AND "name" = 'Askling Extender' AND "dose_notes" = 'Askling L-protocol: 3 x 12, twice a day.';--> statement-breakpoint
UPDATE "exercises" SET "dose_notes" = '' WHERE "clinic_id" IS NULL AND "name" = 'Askling Diver' AND "dose_notes" = 'Askling L-protocol: 3 x 6, every other day.';--> statement-breakpoint
UPDATE "exercises" SET "dose_notes" = '' WHERE "clinic_id" IS NULL AND "name" = 'Askling Glider' AND "dose_notes" = 'Askling L-protocol: 3 x 4, every third day.';--> statement-breakpoint
UPDATE "exercises" SET "dose_notes" = '' WHERE "clinic_id" IS NULL AND "name" = 'Nordic hamstring exercise' AND "dose_notes" = 'Progression: week 1 2 x 5 once; week 2 2 x 6 twice; week 3 3 x 6-8 three times; week 4 3 x 8-10 three times; then maintain.';
