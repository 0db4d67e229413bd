import { rotateJoinCode } from "@/lib/db/classes";
import { RotateCodeInput } from "@/lib/contracts/classes";
import { db } from "@/lib/db/client";
import { jsonRoute, route } from "@/lib/http/route";
import { classOfInstructor, type ClassContext } from "../../../_shared";
import { respondWith } from "@/lib/contracts/http";
import { instructorContracts } from "@/lib/contracts/classes";

/** Rotates the join code (and so the link); the old code is retired, not reusable. */
export const POST = route<ClassContext>(async (request, context) =>
  jsonRoute(RotateCodeInput, async (input) => {
    const { user, cls } = await classOfInstructor(context);
    return respondWith(instructorContracts.rotateJoinCode.response, {
      class: await rotateJoinCode(db(), user, cls.id, input),
    });
  })(request),
);
