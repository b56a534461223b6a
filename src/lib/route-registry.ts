// Every route handler (src/app/**/route.ts) — the files, exports, imports and API that are not
// server actions — beside the action registry `registeredActions()` in ./action.ts. The
// authorization matrix test calls each of them as every kind of user and holds what each may
// do; a test fails when a route.ts file or one of its methods is missing here, so a new
// download or upload cannot ship without a declared answer to "who may call it".

type RouteKind = "file" | "export" | "import" | "template" | "api";

export type RegisteredRoute = {
  /** The file, relative to src/app. */
  file: string;
  /** The URL pattern, with [params]. */
  path: string;
  methods: readonly ("GET" | "POST")[];
  kind: RouteKind;
  /** Who may call it, in words; the matrix test holds the exact expectation per identity. */
  who: string;
  /** The query parameters it reads (generated inputs go there: tests/integration/route-params.int.test.ts). */
  query?: readonly string[];
};

export const ROUTE_HANDLERS: readonly RegisteredRoute[] = [
  {
    file: "api/health/route.ts",
    path: "/api/health",
    methods: ["GET"],
    kind: "api",
    who: "anyone (liveness, no data)",
  },
  {
    file: "api/v1/public/progress/route.ts",
    path: "/api/v1/public/progress",
    methods: ["GET"],
    kind: "api",
    who: "anyone (aggregated public figures)",
    query: ["year", "format"],
  },
  {
    file: "api/consultation/scans/[id]/route.ts",
    path: "/api/consultation/scans/[id]",
    methods: ["GET"],
    kind: "file",
    who: "officials who may read the ballot's project",
  },
  {
    file: "api/consultation/proxies/[id]/scan/route.ts",
    path: "/api/consultation/proxies/[id]/scan",
    methods: ["GET"],
    kind: "file",
    who: "officials who may read the ballot's project (the signed 委托书)",
  },
  {
    file: "(resident)/resident/ballots/[id]/vote/route.ts",
    path: "/resident/ballots/[id]/vote",
    methods: ["POST"],
    kind: "api",
    who: "a resident bound to the dwelling (the vote's own checks, castVote); answers 303 with the outcome",
  },
  {
    file: "api/department-tasks/[id]/attachments/[attachmentId]/route.ts",
    path: "/api/department-tasks/[id]/attachments/[attachmentId]",
    methods: ["GET"],
    kind: "file",
    who: "the task's department, the project's district (its streets), the commission",
  },
  {
    file: "api/feedback/photos/[id]/route.ts",
    path: "/api/feedback/photos/[id]",
    methods: ["GET"],
    kind: "file",
    who: "the report's author, officials who may read its project",
  },
  {
    file: "(resident)/resident/photos/[evidenceId]/route.ts",
    path: "/resident/photos/[evidenceId]",
    methods: ["GET"],
    kind: "file",
    who: "residents bound to a dwelling of the project",
  },
  {
    file: "(official)/admin/accounts/import/template/route.ts",
    path: "/admin/accounts/import/template",
    methods: ["GET"],
    kind: "template",
    who: "the administrator",
  },
  {
    file: "(official)/admin/accounts/import/upload/route.ts",
    path: "/admin/accounts/import/upload",
    methods: ["POST"],
    kind: "import",
    who: "the administrator",
  },
  {
    file: "(official)/commission/rollup/bulletin/route.ts",
    path: "/commission/rollup/bulletin",
    methods: ["GET"],
    kind: "export",
    who: "the commission",
    query: ["year", "month"],
  },
  {
    file: "(official)/commission/funding/export/route.ts",
    path: "/commission/funding/export",
    methods: ["GET"],
    kind: "export",
    who: "the commission",
  },
  {
    file: "(official)/district/plans/[id]/export/route.ts",
    path: "/district/plans/[id]/export",
    methods: ["GET"],
    kind: "export",
    who: "the plan's district (street-scoped: their entries), the commission once submitted",
  },
  {
    file: "(official)/district/plans/[id]/import/route.ts",
    path: "/district/plans/[id]/import",
    methods: ["POST"],
    kind: "import",
    who: "officials of the plan's district",
  },
  {
    file: "(official)/district/plans/template/route.ts",
    path: "/district/plans/template",
    methods: ["GET"],
    kind: "template",
    who: "any signed-in user (an empty template, no data)",
  },
  {
    file: "(official)/district/projects/[id]/funding/export/route.ts",
    path: "/district/projects/[id]/funding/export",
    methods: ["GET"],
    kind: "export",
    who: "officials who may read the project, the commission",
  },
  {
    file: "(official)/district/projects/[id]/funding/attachments/[recordId]/route.ts",
    path: "/district/projects/[id]/funding/attachments/[recordId]",
    methods: ["GET"],
    kind: "file",
    who: "officials who may read the project, the commission",
  },
  {
    file: "(official)/district/projects/[id]/evidence/[evidenceId]/route.ts",
    path: "/district/projects/[id]/evidence/[evidenceId]",
    methods: ["GET"],
    kind: "file",
    who: "officials who may read the project, the commission",
  },
  {
    file: "(official)/district/consultations/[id]/follow-up/export/route.ts",
    path: "/district/consultations/[id]/follow-up/export",
    methods: ["GET"],
    kind: "export",
    who: "officials who may read the ballot's project",
    query: ["building", "unit"],
  },
  {
    file: "(official)/district/consultations/codes/[neighborhoodId]/pdf/route.ts",
    path: "/district/consultations/codes/[neighborhoodId]/pdf",
    methods: ["GET"],
    kind: "export",
    who: "district officials who may read the neighbourhood (the letters hold one-time codes)",
  },
  {
    file: "(official)/district/neighborhoods/[id]/dwellings/export/route.ts",
    path: "/district/neighborhoods/[id]/dwellings/export",
    methods: ["GET"],
    kind: "export",
    who: "officials who may read the neighbourhood; with owners, only those who manage it",
    query: ["owners"],
  },
  {
    file: "(official)/district/neighborhoods/[id]/import/route.ts",
    path: "/district/neighborhoods/[id]/import",
    methods: ["POST"],
    kind: "import",
    who: "officials who manage the neighbourhood",
  },
  {
    file: "(official)/district/neighborhoods/import-template/route.ts",
    path: "/district/neighborhoods/import-template",
    methods: ["GET"],
    kind: "template",
    who: "district officials (an empty template, no data)",
  },
  {
    file: "(official)/district/funding/export/route.ts",
    path: "/district/funding/export",
    methods: ["GET"],
    kind: "export",
    who: "a district's officials (their projects), the commission (a chosen district)",
    query: ["district"],
  },
];

/**
 * Server actions that are not written with `defineAction` (and so are not in its registry), with
 * why: each does its own checks. Every other export of a "use server" module is an action of the
 * registry or a form wrapper that calls one — a test reads the modules and holds them to that.
 */
export const SERVER_ACTIONS_OUTSIDE_REGISTRY: readonly { name: string; who: string }[] = [
  { name: "signInAction", who: "anyone: checks the password, with throttling (src/lib/auth/credentials.ts)" },
  { name: "signOutAction", who: "anyone: ends the session the cookie names, if any" },
  { name: "registerAction", who: "anyone with a valid one-time binding code (src/modules/accounts/registration.ts)" },
  {
    name: "redeemBindingCode",
    who: "a signed-in resident with a valid one-time code (src/modules/consultation/redeem.ts)",
  },
  { name: "setLocale", who: "anyone: sets the language cookie" },
];
