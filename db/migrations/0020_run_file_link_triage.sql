-- The roster's summary shows each runner's last run and whether it came from the watch: linking a file to
-- a run (saved from the file, or added to a run typed by hand) changes that, so it bumps the runner's
-- summary version like any other write triage depends on (migration 0007's function).
CREATE TRIGGER "run_files_triage_update" AFTER UPDATE ON "run_files" REFERENCING NEW TABLE AS changed
  FOR EACH STATEMENT EXECUTE FUNCTION strideback_triage_touch('SELECT runner_id FROM changed WHERE session_log_id IS NOT NULL');
