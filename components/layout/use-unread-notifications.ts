"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

/**
 * How many unread notifications the signed-in user has, asked again on every
 * page (opening the page a notification points at marks it read) and when the
 * tab comes back into view. Null until known; a failed request keeps the last count.
 */
export function useUnreadNotifications(signedIn: boolean): number | null {
  const pathname = usePathname();
  const [unread, setUnread] = useState<number | null>(null);

  useEffect(() => {
    if (!signedIn) return;
    const controller = new AbortController();
    const load = () =>
      fetch("/api/notifications", { signal: controller.signal, cache: "no-store" })
        .then((response) => (response.ok ? response.json() : null))
        .then((body: { unread?: unknown } | null) => {
          if (typeof body?.unread === "number") setUnread(body.unread);
        })
        .catch(() => {});
    const onVisible = () => {
      if (document.visibilityState === "visible") void load();
    };
    void load();
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      controller.abort();
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [signedIn, pathname]);

  return signedIn ? unread : null;
}
