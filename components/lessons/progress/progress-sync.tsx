"use client";

import { useSession } from "next-auth/react";
import dynamic from "next/dynamic";
import { usePathname } from "next/navigation";
import { useEffect } from "react";
import { hasDeviceRecords } from "@/components/client-data/device-records";
import { hasAnonymous } from "@/components/client-data/local-store";
import { flushOnReconnectAndHide } from "@/components/client-data/outbox";
import { useProgressStore } from "@/components/client-data/progress-store";

// Only a signed-in user with work left from before signing in downloads the offer.
const KeepWorkOffer = dynamic(() => import("@/components/visitor-work/keep-work-offer"), { ssr: false });

/** Ties saving to the session and to the network: flush when back online and when the page is hidden. */
export function ProgressSync() {
  const { data: session, status } = useSession();
  const setIdentity = useProgressStore((state) => state.setIdentity);
  const flush = useProgressStore((state) => state.flush);
  const signedIn = useProgressStore((state) => state.identity.kind === "user");
  const pathname = usePathname();
  const userId = session?.user.id;

  useEffect(() => {
    if (status === "loading") return;
    setIdentity(userId ? { kind: "user", userId } : { kind: "anonymous" });
  }, [status, userId, setIdentity]);

  useEffect(() => flushOnReconnectAndHide(flush), [flush]);

  // The sign-in and sign-up forms make this offer themselves, in the same step as signing in.
  const onAuthPage = pathname === "/signin" || pathname === "/signup";
  // Identity is "unknown" during server rendering and hydration, so localStorage is read only in the browser.
  const offer = signedIn && !onAuthPage && (hasAnonymous() || hasDeviceRecords());
  return offer ? <KeepWorkOffer /> : null;
}
