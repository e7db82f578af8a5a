import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Step } from "@/lib/estimation/funnel";

/** Every step of the funnel with its formula and result, so no number appears without its working. */
export function FunnelSteps({ steps }: { steps: Step[] }) {
  return (
    <div className="space-y-4" data-testid="funnel-steps">
      <h3 className="text-lg font-semibold">Step by step</h3>
      {steps.map((step) => (
        <ScrollRegion key={step.id} label={`Step ${step.title}`}>
          <table className="w-full min-w-[36rem] text-sm">
            <caption className="py-1 text-left font-semibold">{step.title}</caption>
            <thead className="sr-only">
              <tr>
                <th scope="col">What</th>
                <th scope="col">Formula</th>
                <th scope="col">Result</th>
              </tr>
            </thead>
            <tbody>
              {step.lines.map((line, index) => (
                <tr key={index} className="border-t border-border">
                  <th scope="row" className="w-1/4 py-1 pr-3 text-left font-medium">
                    {line.label}
                  </th>
                  <td className="py-1 pr-3 font-mono text-xs sm:text-sm">{line.formula}</td>
                  <td className="py-1 text-right font-semibold whitespace-nowrap">{line.result}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ))}
    </div>
  );
}
