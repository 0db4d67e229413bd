import { requireInstructor } from "@/lib/auth/current";
import { createClass, instructorClasses } from "@/lib/db/classes";
import { CreateClassInput } from "@/lib/services/classes/schemas";
import { db } from "@/lib/db/client";
import { jsonRoute, route } from "@/lib/http/route";

export const GET = route(async () => {
  const user = await requireInstructor();
  return Response.json({ classes: await instructorClasses(db(), user) });
});

export const POST = jsonRoute(CreateClassInput, async (input) => {
  const user = await requireInstructor();
  return Response.json({ class: await createClass(db(), user, input) }, { status: 201 });
});
