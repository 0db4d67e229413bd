/**
 * The tutor contract's limits on their own, without its schemas: the chat in the browser counts
 * against them, and importing them from tutor.ts would ship zod with every lesson page.
 */
export const MAX_MESSAGE_CHARS = 2000;
export const HISTORY_TURN_MAX_CHARS = 4000;
export const MAX_HISTORY_TURNS = 40;
