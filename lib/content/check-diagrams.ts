import type { CheckInput, CheckProblem } from "@/lib/content/check";
import { analyzeDiagram } from "@/lib/diagrams/analyze";
import { runChecks } from "@/lib/diagrams/checks";

/**
 * Parses every diagram written in a lesson with Mermaid's own parser and, for
 * a figure, applies the whiteboard rules, each problem at its lesson line.
 * Mermaid needs a DOM: the preview runs this in the browser, `content:check`
 * under happy-dom.
 */
export async function checkDiagrams(inputs: CheckInput[]): Promise<CheckProblem[]> {
  const problems: CheckProblem[] = [];
  for (const { file, analysis } of inputs) {
    for (const diagram of analysis.diagrams) {
      const parsed = await analyzeDiagram(diagram.source);
      if (!parsed.ok) {
        problems.push({
          file,
          line: diagram.line + parsed.line - 1,
          column: 1,
          message: `<${diagram.block}> diagram does not draw: ${inWords(parsed.message)}`,
        });
        continue;
      }
      if (!diagram.rules || !parsed.flow) continue;
      for (const check of runChecks(parsed.flow).filter((result) => !result.passed)) {
        problems.push({
          file,
          line: diagram.line,
          column: 1,
          message:
            `<Diagram> breaks the whiteboard rule "${check.rule}": ${check.problems.join("; ")}. ${check.fix} ` +
            "(A figure that is no architecture board, or a board broken on purpose, says rules={false}.)",
        });
      }
    }
  }
  return problems;
}

/** Mermaid's parser lists the tokens it expected, in its own names; an author needs the likely cause. */
function inWords(message: string): string {
  if (/Parse error on line \d+:.*Expecting/s.test(message))
    return "Mermaid cannot read this line (an unclosed bracket or quote, or a broken arrow, is the usual cause)";
  return message.replace(/^(Line|Parse error on line) \d+: /, "");
}
