import Link from "next/link";
import type { ReactNode } from "react";
import type { OriginDocument } from "@/components/client-data/use-origin-document";
import { useLesson } from "@/components/lessons/progress/lesson-context";
import { Button } from "@/components/ui/button";
import { WhenVisible } from "@/components/ui/when-visible";

/**
 * The frame of a lesson block holding the reader's own document (a
 * worksheet, a diagram), and the ladder of what it shows: a visitor's copy in
 * this browser, loading, an error, or the editor on the account's copy.
 * The editor mounts only when the reader reaches the block (see WhenVisible).
 */
export function LessonDocumentBlock<Stored>({
  found,
  noun,
  label,
  block,
  kicker,
  heading,
  minHeight,
  signInTo,
  device,
  editor,
}: {
  found: OriginDocument<Stored>;
  /** What the document is called in messages ("worksheet"). */
  noun: string;
  /** The section's accessible name. */
  label: string;
  /** Its `data-block`, which tests and styles find it by. */
  block: string;
  kicker: string;
  heading?: string;
  minHeight: string;
  /** Why a visitor would sign in, after "Sign in". */
  signInTo: string;
  /** The visitor's editor, on this browser's copy. */
  device: ReactNode;
  /** The signed-in reader's editor; `stored` is null until the first save. */
  editor: (stored: Stored | null) => ReactNode;
}) {
  const { slug, preview } = useLesson();
  let body: ReactNode;
  if (found.state === "visitor") {
    body = (
      <>
        {preview ? null : (
          <p className="mb-3 text-sm text-muted">
            Kept in this browser only. <Link href={`/signin?callbackUrl=/learn/${slug}`}>Sign in</Link> {signInTo}
          </p>
        )}
        {device}
      </>
    );
  } else if (found.state === "loading") {
    body = <p className="text-muted">{`Loading your ${noun}…`}</p>;
  } else if (found.state === "error") {
    body = (
      <div role="alert" className="flex flex-wrap items-center gap-3">
        <p className="text-danger">{`Your ${noun} could not be loaded. ${found.message} Nothing you saved is lost.`}</p>
        <Button variant="secondary" onClick={found.retry}>
          Try again
        </Button>
      </div>
    );
  } else {
    body = editor(found.stored);
  }
  return (
    <section
      aria-label={label}
      className="not-prose my-8 rounded-lg border border-border p-4 sm:p-5"
      data-block={block}
    >
      <p className="mb-1 text-xs font-semibold tracking-wide text-muted uppercase">{kicker}</p>
      {heading === undefined ? null : <h3 className="mb-3 text-lg font-semibold">{heading}</h3>}
      <WhenVisible minHeight={minHeight}>{body}</WhenVisible>
    </section>
  );
}
