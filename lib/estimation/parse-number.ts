/** Reads what people type for numbers: "1,200", "1.2e6", "3 600", "86_400". Anything else is null. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[,\s_]/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
