import { StatusPage } from "@/components/layout/status-page";

export default function NotFound() {
  return (
    <StatusPage code="404 · Not found" title="We could not find that page">
      <p>The link may be old or mistyped.</p>
    </StatusPage>
  );
}
