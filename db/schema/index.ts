/*
 * The whole data model, one file per domain. Every range the product relies on (pain 0-10, RPE 0-10, doses) is a CHECK
 * constraint here, so a row that bypasses the application still cannot break the pain rules. Clinical
 * records (profile, plans, logs, check-ins, notes) restrict the deletion of their runner: deleting a user
 * never deletes a patient's record.
 */
export * from "./columns";
export * from "./identity";
export * from "./locales";
export * from "./auth";
export * from "./runners";
export * from "./pain-rules";
export * from "./exercises";
export * from "./plans";
export * from "./ladder";
export * from "./logs";
export * from "./run-files";
export * from "./red-flag-codes";
export * from "./red-flags";
export * from "./audit";
export * from "./roster";
export * from "./reach";
export * from "./outcomes";
export * from "./episodes";
export * from "./lifecycle";
