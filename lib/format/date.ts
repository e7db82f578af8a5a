// Dates on server-rendered pages are shown in UTC, so the server and every reader agree on them.

/** "1 Dec 2026, 14:05" */
export const dateTimeUtc = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "6:20 PM UTC" (when a link stops working) */
export const timeUtc = new Intl.DateTimeFormat("en", {
  hour: "numeric",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** "1 Dec 2026" */
export const dateUtc = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
