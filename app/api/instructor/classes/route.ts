import { requireInstructor } from "@/lib/auth/current";
import { createClass, instructorClasses } from "@/lib/db/classes";
import { CreateClassInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { jsonRoute, route } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { instructorContracts } from "@/lib/contracts/classes";

export const GET = route(async () => {
  const user = await requireInstructor();
  return respondWith(instructorContracts.classes.response, {
    classes: await instructorClasses(db(), user),
  });
});

export const POST = jsonRoute(CreateClassInput, async (input) => {
  const user = await requireInstructor();
  return respondWith(
    instructorContracts.createClass.response,
    { class: await createClass(db(), user, input) },
    { status: 201 },
  );
});
