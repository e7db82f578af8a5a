export default function DashboardLoading() {
  return (
    <div className="flex animate-pulse flex-col gap-8" aria-busy="true" aria-label="Loading your dashboard">
      <div className="h-9 w-72 rounded bg-surface" />
      <div className="h-32 rounded-lg bg-surface" />
    </div>
  );
}
