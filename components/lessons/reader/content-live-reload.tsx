"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";

/** Development only: re-renders the lesson when its MDX file is saved. */
export function ContentLiveReload() {
  const router = useRouter();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const events = new EventSource("/api/dev/content-events");
    events.onopen = () => setConnected(true);
    events.onerror = () => setConnected(false);
    events.onmessage = () => router.refresh();
    return () => events.close();
  }, [router]);
  return <span hidden data-live-reload={connected ? "connected" : "connecting"} />;
}
