import { checkDatabase } from "@/lib/health";

export const dynamic = "force-dynamic";

/** Liveness for load balancers and the start script: 200 when the database answers, 503 when not. */
export async function GET() {
  const dbOk = await checkDatabase();
  return Response.json(
    { status: dbOk ? "ok" : "degraded", db: dbOk ? "ok" : "down" },
    { status: dbOk ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
