import { requireUser } from "@/lib/auth/current";
import { learnerClasses } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/route";

export const GET = route(async () => {
  const user = await requireUser();
  return Response.json({ classes: await learnerClasses(db(), user.id) });
});
