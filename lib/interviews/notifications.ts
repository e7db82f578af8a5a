import "server-only";
import { getPrisma } from "@/lib/db/client";

/**
 * Tells a user something, with the page it is about. The write runs when
 * awaited, or inside a caller's `$transaction([...])` so it lands with the
 * change it announces.
 */
export function notify(userId: string, text: string, href: string) {
  return getPrisma().notification.create({ data: { userId, text, href } });
}

export async function listNotifications(userId: string) {
  const rows = await getPrisma().notification.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 20 });
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    href: row.href,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** Marks the user's notifications that point at `href` as read (they have now seen that page). */
export async function markNotificationsRead(userId: string, href: string) {
  await getPrisma().notification.updateMany({ where: { userId, href, readAt: null }, data: { readAt: new Date() } });
}

/** How many of the user's notifications are unread (the header's badge). */
export function unreadCount(userId: string) {
  return getPrisma().notification.count({ where: { userId, readAt: null } });
}
