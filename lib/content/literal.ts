import type { Expression, Program } from "estree";

export type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/**
 * Reads a block prop written as `{...}` in MDX. Only literals are accepted:
 * strings, numbers, booleans, null, arrays and plain objects of those. That
 * keeps props serialisable and means lesson source can never run code, not
 * even in the instructor's live preview.
 */
export function readLiteral(
  program: Program | undefined,
): { ok: true; value: Literal } | { ok: false; message: string } {
  const statement = program?.body[0];
  if (!program || program.body.length !== 1 || statement?.type !== "ExpressionStatement") {
    return { ok: false, message: "expected a single value inside { }" };
  }
  try {
    return { ok: true, value: evaluateLiteral(statement.expression) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** Evaluates a literal expression; throws on anything else. The renderer uses this instead of eval. */
export function evaluateLiteral(node: Expression): Literal {
  const evaluate = evaluateLiteral;
  switch (node.type) {
    case "Literal":
      if (node.value instanceof RegExp || typeof node.value === "bigint")
        throw new Error("only plain values are allowed");
      return node.value as string | number | boolean | null;
    case "TemplateLiteral":
      if (node.expressions.length > 0) throw new Error("template strings may not contain ${…}");
      return node.quasis.map((quasi) => quasi.value.cooked ?? "").join("");
    case "UnaryExpression": {
      const value = evaluate(node.argument);
      if ((node.operator === "-" || node.operator === "+") && typeof value === "number") {
        return node.operator === "-" ? -value : value;
      }
      throw new Error(`the operator ${node.operator} is not allowed in props`);
    }
    case "ArrayExpression":
      return node.elements.map((element) => {
        if (!element || element.type === "SpreadElement") throw new Error("arrays may not have holes or ...spread");
        return evaluate(element);
      });
    case "ObjectExpression": {
      const out: Record<string, Literal> = {};
      for (const property of node.properties) {
        if (property.type !== "Property" || property.computed || property.kind !== "init" || property.method) {
          throw new Error("objects may only have plain key: value pairs");
        }
        const key =
          property.key.type === "Identifier"
            ? property.key.name
            : property.key.type === "Literal"
              ? String(property.key.value)
              : null;
        if (key === null) throw new Error("object keys must be names or strings");
        out[key] = evaluate(property.value as Expression);
      }
      return out;
    }
    default:
      throw new Error(`props must be plain values; found ${describe(node.type)}`);
  }
}

function describe(type: string): string {
  const names: Record<string, string> = {
    Identifier: "a variable name",
    CallExpression: "a function call",
    ArrowFunctionExpression: "a function",
    FunctionExpression: "a function",
    BinaryExpression: "arithmetic (write the result instead)",
    MemberExpression: "a property access",
    JSXElement: "JSX (pass text, or nest blocks as children)",
  };
  return names[type] ?? type;
}
