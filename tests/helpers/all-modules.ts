// Loading every module file registers its actions (each `defineAction` adds itself to the
// registry the action tests walk). Kept in a file of its own that knip leaves out (knip.jsonc):
// to knip this glob uses every export of src/modules, so no unused one there would be reported.
import.meta.glob(["../../src/modules/**/*.ts", "!../../src/modules/**/*.test.ts"], { eager: true });
