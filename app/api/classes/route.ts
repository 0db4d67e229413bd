import { requireUser } from "@/lib/auth/current";
import { learnerClasses } from "@/lib/db/classes";
import { db } from "@/lib/db/client";
import { route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { classContracts } from "@/lib/contracts/classes";

export const GET = route(async () => {
  const user = await requireUser();
  return respondWith(classContracts.learnerClasses.response, {
    classes: await learnerClasses(db(), user.id),
  });
});
