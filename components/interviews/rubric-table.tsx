import { ScrollRegion } from "@/components/ui/scroll-region";
import { RUBRIC } from "@/lib/interviews/rubric";

/** The rubric, shown before an interview starts and beside every review. */
export function RubricTable() {
  return (
    <ScrollRegion label="Rubric">
      <table className="w-full min-w-[40rem] text-sm" data-testid="rubric">
        <caption className="py-1 text-left font-semibold">How answers are scored (each axis 1–4)</caption>
        <thead>
          <tr>
            <th scope="col" className="pr-3 text-left">
              Axis
            </th>
            {[1, 2, 3, 4].map((level) => (
              <th key={level} scope="col" className="pr-3 text-left">
                {level}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {RUBRIC.map((axis) => (
            <tr key={axis.id} className="border-t border-border align-top">
              <th scope="row" className="py-1 pr-3 text-left font-medium">
                {axis.title}
              </th>
              {axis.levels.map((level) => (
                <td key={level} className="py-1 pr-3">
                  {level}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
