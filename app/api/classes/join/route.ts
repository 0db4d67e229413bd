import { requireUser } from "@/lib/auth/current";
import { joinClass } from "@/lib/db/classes";
import { JoinInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { jsonRoute } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { classContracts } from "@/lib/contracts/classes";

/** Joins by code. Joining twice is a 409 naming the class; no second enrolment is made. */
export const POST = jsonRoute(JoinInput, async ({ code }) => {
  const user = await requireUser();
  return respondWith(
    classContracts.join.response,
    { class: await joinClass(db(), user, code) },
    { status: 201 },
  );
});
