import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Estimator } from "@/components/practice/estimator/estimator";
import { STANDALONE_ESTIMATE_KEY } from "@/components/practice/estimator/standalone-estimate";
import { requirePageAccess } from "@/lib/auth/session";
import { inputsFromScale } from "@/lib/estimation/from-scale";
import { DEFAULT_LIMITS, getPreset } from "@/lib/estimation/presets";
import { worksheetId } from "@/lib/worksheet/validations";
import { getWorksheet } from "@/lib/worksheet/worksheets";

export const metadata: Metadata = { title: "Estimator" };

/**
 * The estimation funnel. With ?worksheet=<id> it opens from that worksheet:
 * its attached estimate if it has one, otherwise its scale assumptions.
 */
export default async function EstimatePage({ searchParams }: PageProps<"/practice/estimate">) {
  const { worksheet: requested } = await searchParams;
  const heading = (
    <header className="space-y-2">
      <h1 className="text-3xl font-bold">Estimator</h1>
      <p className="max-w-prose text-muted">
        From rates as you would state them (per user or for the whole system, per second, day or month) to average and
        peak requests, storage over months or years, datasets in memory, bandwidth and the machines they imply. Numbers
        take shorthand like 10M or 1.5k. Change any input and every step recomputes, with its formula; share the result
        as a link.
      </p>
    </header>
  );
  if (typeof requested !== "string") {
    return (
      <div className="space-y-6">
        {heading}
        <Estimator draftKey={STANDALONE_ESTIMATE_KEY} />
      </div>
    );
  }

  const user = await requirePageAccess(`/practice/estimate?worksheet=${encodeURIComponent(requested)}`);
  const id = worksheetId.safeParse(requested);
  const worksheet = id.success ? await getWorksheet(user.id, id.data) : null;
  if (!worksheet) notFound();
  const initial = worksheet.estimate ?? inputsFromScale(worksheet.document.scale, { limits: DEFAULT_LIMITS });
  const referenceId = worksheet.promptId && getPreset(worksheet.promptId) ? worksheet.promptId : null;
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/practice/worksheet/${worksheet.id}`}>{worksheet.title}</Link> <span aria-hidden>›</span> Estimate
      </nav>
      {heading}
      <p className="rounded-md border border-border bg-surface px-4 py-3 text-sm" data-testid="prefill-source">
        {worksheet.estimate
          ? `Opened with the estimate attached to “${worksheet.title}”.`
          : `Prefilled from the scale assumptions of “${worksheet.title}”: one read and one write per user at the rates you gave. Split them into features and set record sizes for storage.`}
      </p>
      <Estimator initial={initial} worksheet={{ id: worksheet.id, title: worksheet.title, referenceId }} />
    </div>
  );
}
