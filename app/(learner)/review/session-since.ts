import { z } from "zod";

/** A review session is named by the moment it began, carried in its URL as an ISO date-time. */
export const SessionSince = z.iso.datetime({ error: "since must be an ISO date-time" });

export const sessionHref = (since: Date | string) =>
  `/review/session?since=${encodeURIComponent(typeof since === "string" ? since : since.toISOString())}`;
