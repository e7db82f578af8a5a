"use client";

import dynamic from "next/dynamic";

/** recharts loads after the page, and only for the dashboard's heat-map. */
export const LazyStudyHeatmap = dynamic(() => import("@/components/dashboard/study-heatmap"), {
  ssr: false,
  loading: () => <div className="h-36 w-full animate-pulse rounded-md bg-surface" aria-hidden="true" />,
});
