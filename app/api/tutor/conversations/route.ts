import { requireUser } from "@/lib/auth/current";
import { db } from "@/lib/db/client";
import { listConversations } from "@/lib/db/tutor";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { ConversationList } from "@/lib/contracts/tutor";

export const GET = route(async () => {
  const user = await requireUser();
  return respondWith(ConversationList, { conversations: await listConversations(db(), user.id) });
});
