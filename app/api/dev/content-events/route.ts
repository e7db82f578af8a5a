import { watch } from "node:fs";
import { CONTENT_DIR } from "@/lib/content/lessons";
import { jsonError } from "@/lib/http/json";

export const dynamic = "force-dynamic";

/**
 * Development only: a stream of "content changed" events while an author
 * edits content/*.mdx, so the open lesson refreshes itself. The bundler does
 * not watch content/ (lessons are read from disk, not imported).
 */
export async function GET(request: Request) {
  if (process.env.NODE_ENV !== "development") return jsonError(404, "Not found.");
  const encoder = new TextEncoder();
  let close = () => {};
  const stream = new ReadableStream({
    start(controller) {
      // One save reaches the watcher as several events (the file emptied, then written), and a
      // refresh between them would render a half-written lesson: announce a file once it is quiet.
      let settle: ReturnType<typeof setTimeout> | undefined;
      const watcher = watch(CONTENT_DIR, (_event, file) => {
        if (!file?.endsWith(".mdx")) return;
        clearTimeout(settle);
        settle = setTimeout(() => controller.enqueue(encoder.encode(`data: ${file}\n\n`)), 200);
      });
      const keepAlive = setInterval(() => controller.enqueue(encoder.encode(": keep-alive\n\n")), 15_000);
      close = () => {
        clearTimeout(settle);
        clearInterval(keepAlive);
        watcher.close();
      };
      request.signal.addEventListener("abort", () => {
        close();
        controller.close();
      });
    },
    cancel() {
      close();
    },
  });
  return new Response(stream, { headers: { "Content-Type": "text/event-stream", "Cache-Control": "no-store" } });
}
