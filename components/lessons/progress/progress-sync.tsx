"use client";

import { useSession } from "next-auth/react";
import { useEffect } from "react";
import { KeepAnswersOffer } from "@/components/lessons/progress/keep-answers-offer";
import { useProgressStore } from "@/components/lessons/progress/progress-store";

/** Ties saving to the session and to the network: flush when back online and when the page is hidden. */
export function ProgressSync() {
  const { data: session, status } = useSession();
  const setIdentity = useProgressStore((state) => state.setIdentity);
  const flush = useProgressStore((state) => state.flush);
  const userId = session?.user.id;

  useEffect(() => {
    if (status === "loading") return;
    setIdentity(userId ? { kind: "user", userId } : { kind: "anonymous" });
  }, [status, userId, setIdentity]);

  useEffect(() => {
    const online = () => void flush();
    const hidden = () => {
      if (document.visibilityState === "hidden") void flush({ keepalive: true });
    };
    window.addEventListener("online", online);
    document.addEventListener("visibilitychange", hidden);
    return () => {
      window.removeEventListener("online", online);
      document.removeEventListener("visibilitychange", hidden);
    };
  }, [flush]);

  return <KeepAnswersOffer />;
}
