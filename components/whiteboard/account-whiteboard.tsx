"use client";

import { useMemo } from "react";
import { AttachToWorksheet } from "@/components/whiteboard/attach-to-worksheet";
import { accountDiagramStorage } from "@/components/client-data/diagram-storage";
import { WhiteboardEditor } from "@/components/whiteboard/whiteboard-editor";
import type { StoredDiagram } from "@/lib/diagrams/diagrams";

/** A diagram from the user's account, saved to it, with history and worksheet attachment. */
export function AccountWhiteboard({
  diagram,
  worksheets,
}: {
  diagram: StoredDiagram;
  worksheets: { id: string; title: string }[];
}) {
  const storage = useMemo(() => accountDiagramStorage(diagram.id), [diagram.id]);
  return (
    <WhiteboardEditor storage={storage} initial={diagram}>
      <AttachToWorksheet diagramId={diagram.id} worksheets={worksheets} initial={diagram.worksheetId} />
    </WhiteboardEditor>
  );
}
