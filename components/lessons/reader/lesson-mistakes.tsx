import type { LessonMessage } from "@/lib/content/analyze";
import { ContentLiveReload } from "@/components/lessons/reader/content-live-reload";

/** Development only: what an author sees instead of a lesson that does not pass the checker. */
export function LessonMistakes({ file, errors }: { file: string; errors: LessonMessage[] }) {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold">
        This lesson has {errors.length === 1 ? "a mistake" : `${errors.length} mistakes`}
      </h1>
      <p className="text-muted">Fix them in {file}; this page refreshes when you save.</p>
      <ul className="flex flex-col gap-1 rounded-md border-l-4 border-danger bg-danger-soft p-4 font-mono text-sm">
        {errors.map((error, index) => (
          <li key={index}>
            {file}:{error.line}:{error.column} {error.message}
          </li>
        ))}
      </ul>
      <ContentLiveReload />
    </div>
  );
}
