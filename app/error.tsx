"use client";

import { StatusPage } from "@/components/layout/status-page";
import { Button } from "@/components/ui/button";

/** Shown instead of any page whose server or client code failed. The details go to the server log, never here. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <StatusPage
      code="Error"
      title="Something went wrong on our side"
      actions={
        <Button variant="primary" onClick={reset}>
          Try again
        </Button>
      }
    >
      <p>Your saved work is safe. Try again in a moment.</p>
      {error.digest ? (
        <p className="mt-2 text-sm">
          If it keeps happening, quote this reference: <code data-testid="error-reference">{error.digest}</code>
        </p>
      ) : null}
    </StatusPage>
  );
}
