import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names, skipping falsy ones. It does not resolve conflicting
 * Tailwind utilities (tailwind-merge did, at about 110 ms of a throttled
 * phone's first render): give alternatives as exclusive branches, and
 * variants as props.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
