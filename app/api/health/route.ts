import { db } from "@/lib/db/client";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the test harness. */
export const GET = route(async () => {
  await db().user.count({ take: 1 });
  return Response.json({ ok: true });
});
