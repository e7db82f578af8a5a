"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { downloadBlob, fileSlug } from "@/components/ui/download";

/** SVG as a PNG at twice its size, drawn on a canvas (labels are plain SVG text, so nothing taints it). */
async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = Object.assign(document.createElement("canvas"), {
      width: Math.ceil((image.naturalWidth || 800) * scale),
      height: Math.ceil((image.naturalHeight || 600) * scale),
    });
    const context = canvas.getContext("2d")!;
    context.fillStyle = getComputedStyle(document.body).backgroundColor || "#ffffff";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))),
        "image/png",
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Give the SVG a size of its own: Mermaid's is 100% wide, which an image file cannot be. */
function standaloneSvg(svg: string): string {
  const viewBox = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.split(/\s+/).map(Number);
  if (!viewBox || viewBox.length !== 4) return svg;
  const [, , width, height] = viewBox;
  return svg
    .replace(/<svg([^>]*?)\swidth="[^"]*"/, "<svg$1")
    .replace("<svg", `<svg width="${width}" height="${height}"`);
}

export function ExportButtons({ title, source, svg }: { title: string; source: string; svg: string | null }) {
  const [message, setMessage] = useState<string | null>(null);
  const name = fileSlug(title);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="secondary"
        disabled={!svg}
        onClick={() => svg && downloadBlob(`${name}.svg`, new Blob([standaloneSvg(svg)], { type: "image/svg+xml" }))}
      >
        Export SVG
      </Button>
      <Button
        variant="secondary"
        disabled={!svg}
        onClick={async () => {
          if (!svg) return;
          try {
            downloadBlob(`${name}.png`, await svgToPng(standaloneSvg(svg)));
            setMessage(null);
          } catch (error) {
            setMessage(`PNG export failed: ${error instanceof Error ? error.message : String(error)}`);
          }
        }}
      >
        Export PNG
      </Button>
      <Button
        variant="secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(source);
            setMessage("Mermaid source copied.");
          } catch {
            setMessage("The browser refused the clipboard: select the text in the editor and copy it instead.");
          }
        }}
      >
        Copy source
      </Button>
      <p role="status" className="text-sm text-muted">
        {message}
      </p>
    </div>
  );
}
