import { z } from "zod";

// Zod builds fast parsers with `new Function` where a page allows eval. Ours
// do not (the Content-Security-Policy has no 'unsafe-eval'), and the probe
// alone is reported as a policy violation on every page that builds a schema.
// Schemas are built when their module loads, so every module that builds one
// imports z from here (ESLint enforces it), and this runs first.
if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
