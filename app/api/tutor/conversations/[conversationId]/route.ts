import { requireUser } from "@/lib/auth/current";
import { db } from "@/lib/db/client";
import { conversationMessages } from "@/lib/db/tutor";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { ConversationMessages } from "@/lib/contracts/tutor";

export const GET = route<{ params: Promise<{ conversationId: string }> }>(
  async (_request, context) => {
    const user = await requireUser();
    return respondWith(
      ConversationMessages,
      await conversationMessages(db(), user.id, (await context.params).conversationId),
    );
  },
);
