import { requireUser } from "@/lib/auth/current";
import { db } from "@/lib/db/client";
import { listConversations } from "@/lib/db/tutor";
import { route } from "@/lib/http/route";

export const GET = route(async () => {
  const user = await requireUser();
  return Response.json({ conversations: await listConversations(db(), user.id) });
});
