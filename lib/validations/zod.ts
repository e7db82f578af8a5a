import { config } from "zod";

// Zod builds fast parsers with `new Function` where a page allows eval. Ours
// do not (the Content-Security-Policy has no 'unsafe-eval'), and the probe
// alone is reported as a policy violation on every page that builds a schema.
// Schemas are built when their module loads, so every module that builds one
// imports zod from here (ESLint enforces it), and this runs first.
if (typeof window !== "undefined") config({ jitless: true });

// Import it as a namespace, `import * as z from "@/lib/validations/zod"`: the
// bundler then keeps only the parts of zod a page's schemas use. Zod's own `z`
// is one object holding all of zod (every locale, JSON Schema), and a value
// that is passed around cannot be trimmed: with it, a lesson page's script
// carried 90 KB (gzipped) of zod, 30 KB as a namespace import.
export * from "zod";
