"use client";

import { useMemo } from "react";
import { WorksheetEditor } from "@/components/practice/worksheet/worksheet-editor";
import { accountStorage } from "@/components/client-data/worksheet-storage";
import { getPrompt } from "@/lib/prompts/catalog";
import type { StoredWorksheet } from "@/lib/worksheet/worksheets";

/** A worksheet from the user's account, saved to it. */
export function AccountWorksheet({ worksheet }: { worksheet: StoredWorksheet }) {
  const storage = useMemo(() => accountStorage(worksheet.id), [worksheet.id]);
  return (
    <WorksheetEditor
      storage={storage}
      initial={worksheet}
      prompt={(worksheet.promptId && getPrompt(worksheet.promptId)) || null}
      estimate={worksheet.estimate}
      estimatorHref={`/practice/estimate?worksheet=${worksheet.id}`}
    />
  );
}
