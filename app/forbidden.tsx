import Link from "next/link";
import { StatusPage } from "@/components/layout/status-page";
import { buttonClasses } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <StatusPage
      code="403 · Not allowed"
      title="You are not allowed to open this page"
      actions={
        <Link href="/dashboard" className={buttonClasses("primary")}>
          Back to your dashboard
        </Link>
      }
    >
      <p>
        This area is for another role. If you think you should have access, ask an admin of this Tradeoff to grant it.
      </p>
    </StatusPage>
  );
}
