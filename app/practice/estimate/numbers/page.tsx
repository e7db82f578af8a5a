import type { Metadata } from "next";
import { LatencyNumbers } from "@/components/practice/numbers/latency-numbers";
import { HANDY_CONVERSIONS, POWERS_OF_TWO } from "@/lib/estimation/reference-numbers";
import { formatNumber } from "@/lib/format/number";

export const metadata: Metadata = { title: "Reference numbers" };

export default function NumbersPage() {
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">Reference numbers</h1>
        <p className="max-w-prose text-muted">
          The figures estimates are built from. Learn the orders of magnitude, not the digits: memory is about a
          thousand times faster than a datacenter round trip, which is about a hundred times faster than crossing an
          ocean.
        </p>
      </header>
      <LatencyNumbers />
      <section aria-labelledby="powers" className="space-y-3">
        <h2 id="powers" className="text-2xl font-bold">
          Powers of two
        </h2>
        <table className="text-sm">
          <caption className="sr-only">Powers of two and the decimal amounts they approximate</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 text-left">
                Power
              </th>
              <th scope="col" className="pr-6 text-left">
                Exact value
              </th>
              <th scope="col" className="text-left">
                Roughly
              </th>
            </tr>
          </thead>
          <tbody>
            {POWERS_OF_TWO.map((row) => (
              <tr key={row.power} className="border-t border-border">
                <td className="py-1 pr-6">
                  2<sup>{row.power}</sup>
                </td>
                <td className="py-1 pr-6 font-mono">{formatNumber(row.exact)}</td>
                <td className="py-1">{row.approx}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="conversions" className="space-y-3">
        <h2 id="conversions" className="text-2xl font-bold">
          Handy conversions
        </h2>
        <dl className="grid max-w-2xl gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
          {HANDY_CONVERSIONS.map((row) => (
            <div key={row.label} className="contents">
              <dt className="font-medium">{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
