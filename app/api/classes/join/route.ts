import { requireUser } from "@/lib/auth/current";
import { joinClass } from "@/lib/db/classes";
import { JoinInput } from "@/lib/services/classes/schemas";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http/route";

/** Joins by code. Joining twice is a 409 naming the class; no second enrolment is made. */
export const POST = jsonRoute(JoinInput, async ({ code }) => {
  const user = await requireUser();
  return Response.json({ class: await joinClass(db(), user, code) }, { status: 201 });
});
