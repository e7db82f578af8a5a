"use client";

import dynamic from "next/dynamic";

/** recharts loads only when there are scores to draw. */
export const LazyScoresChart = dynamic(() => import("@/components/dashboard/scores-chart"), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded-md bg-surface" aria-hidden="true" />,
});
