import { coInstructors, shareClass, unshareClass } from "@/lib/db/classes";
import { ShareInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { jsonRoute, route } from "@/lib/http/route";
import { classOfInstructor, type ClassContext } from "../../../_shared";
import { respondWith } from "@/lib/contracts/http";
import { instructorContracts } from "@/lib/contracts/classes";

export const GET = route<ClassContext>(async (_request, context) => {
  const { cls } = await classOfInstructor(context);
  return respondWith(instructorContracts.coInstructors.response, {
    instructors: await coInstructors(db(), cls.id),
  });
});

/** Shares the class with a co-instructor by email (owner only). */
export const POST = route<ClassContext>(async (request, context) =>
  jsonRoute(ShareInput, async ({ email }) => {
    const { user, cls } = await classOfInstructor(context);
    return respondWith(
      instructorContracts.share.response,
      { instructor: await shareClass(db(), user, cls.id, email) },
      { status: 201 },
    );
  })(request),
);

export const DELETE = route<ClassContext>(async (request, context) =>
  jsonRoute(ShareInput, async ({ email }) => {
    const { user, cls } = await classOfInstructor(context);
    await unshareClass(db(), user, cls.id, email);
    return new Response(null, { status: 204 });
  })(request),
);
