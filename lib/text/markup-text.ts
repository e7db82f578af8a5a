/**
 * The text rendered markup shows, for tests that compare what two renderings
 * say: tags dropped, the entities React writes decoded, whitespace collapsed.
 */
export function markupText(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/\s+/g, " ");
}
