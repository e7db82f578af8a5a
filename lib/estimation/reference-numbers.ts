/**
 * Numbers to estimate with. Two latency tables: the classic one engineers
 * have quoted since about 2010, and a recently measured one, each with its
 * source, because the gaps between them teach as much as the numbers.
 */
export type LatencyRow = { operation: string; ns: number };
export type LatencyTable = { id: string; title: string; source: string; note: string; rows: LatencyRow[] };

export const LATENCY_TABLES: LatencyTable[] = [
  {
    id: "classic",
    title: "Classic (circa 2010)",
    source:
      'Jeff Dean, "Designs, Lessons and Advice from Building Large Distributed Systems" (LADIS 2009), and Peter Norvig\'s "Teach Yourself Programming in Ten Years"; as collected in the widely shared "Latency numbers every programmer should know".',
    note: "Hardware of its day: spinning disks and early SSDs. Useful for ratios more than absolutes.",
    rows: [
      { operation: "L1 cache reference", ns: 0.5 },
      { operation: "Branch mispredict", ns: 5 },
      { operation: "L2 cache reference", ns: 7 },
      { operation: "Mutex lock/unlock", ns: 25 },
      { operation: "Main memory reference", ns: 100 },
      { operation: "Compress 1 KB with a fast compressor", ns: 3_000 },
      { operation: "Send 1 KB over a 1 Gbps network", ns: 10_000 },
      { operation: "Read 4 KB at random from SSD", ns: 150_000 },
      { operation: "Read 1 MB sequentially from memory", ns: 250_000 },
      { operation: "Round trip within a datacenter", ns: 500_000 },
      { operation: "Read 1 MB sequentially from SSD", ns: 1_000_000 },
      { operation: "Disk seek", ns: 10_000_000 },
      { operation: "Read 1 MB sequentially from disk", ns: 20_000_000 },
      { operation: "Packet round trip California → Netherlands → California", ns: 150_000_000 },
    ],
  },
  {
    id: "measured",
    title: "Measured (napkin-math)",
    source:
      "Simon Eskildsen, napkin-math (github.com/sirupsen/napkin-math), numbers from its benchmark program run on a 2017 MacBook, rounded to be memorable.",
    note: "One machine, rounded; the author expects them within 2–3× of what production hardware achieves.",
    rows: [
      { operation: "Sequential memory read/write (64 bytes)", ns: 5 },
      { operation: "Random memory read/write (64 bytes)", ns: 50 },
      { operation: "System call", ns: 500 },
      { operation: "Sequential SSD read (8 KiB)", ns: 1_000 },
      { operation: "Sequential SSD write without fsync (8 KiB)", ns: 10_000 },
      { operation: "TCP echo (64 bytes)", ns: 10_000 },
      { operation: "Random SSD seek (8 KiB)", ns: 100_000 },
      { operation: "Cloud region to neighbouring region (us-east1 → us-east2)", ns: 250_000 },
      { operation: "Sequential SSD write with fsync (8 KiB)", ns: 5_000_000 },
    ],
  },
];

export const POWERS_OF_TWO = [10, 20, 30, 40, 50].map((power) => ({
  power,
  exact: 2 ** power,
  approx: ["a thousand (KB)", "a million (MB)", "a billion (GB)", "a trillion (TB)", "a quadrillion (PB)"][
    power / 10 - 1
  ]!,
}));

export const SECONDS_PER = { minute: 60, hour: 3_600, day: 86_400, month: 30 * 86_400, year: 365 * 86_400 } as const;

/** Requests per second sustained over a 30-day month, and back. */
export const perSecondToPerMonth = (perSecond: number) => perSecond * SECONDS_PER.month;
export const perMonthToPerSecond = (perMonth: number) => perMonth / SECONDS_PER.month;
export const perDayToPerSecond = (perDay: number) => perDay / SECONDS_PER.day;

export const HANDY_CONVERSIONS = [
  { label: "Seconds in a day", value: "86,400 (≈ 10⁵ for mental math)" },
  { label: "Seconds in a 30-day month", value: "2,592,000 (≈ 2.5 million)" },
  { label: "Seconds in a year", value: "31,536,000 (≈ 3 × 10⁷)" },
  { label: "1 million requests a day", value: "≈ 11.6 per second" },
  { label: "1 request per second", value: "86,400 a day; ≈ 2.6 million a month" },
  { label: "1 billion requests a month", value: "≈ 386 per second" },
  { label: "Bytes to bits", value: "× 8: 1.2 GB/s = 9.6 Gbps" },
];
