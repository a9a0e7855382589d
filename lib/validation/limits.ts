/**
 * Lengths a form shows while the person types, kept free of zod so a client component can import them
 * without shipping the validation library to the phone. The schemas and the database's checks use the same
 * numbers (messages: `messages_body_length` in db/schema/reach.ts).
 */
export const MESSAGE_MAX = 2000;
