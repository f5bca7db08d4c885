// zod's compiler, imported as the command line imports it (the ES module build, the same copy of
// zod as the record's schemas), for bench/zodCost.ts to require inside its timing.
export { compile } from "zod/mini";
