import { getCurrentUser, clientAddress } from "@/lib/auth/current";
import { assertTutorAllowed } from "@/lib/auth/tutor-limit";
import { db } from "@/lib/db/client";
import { tutorTurn, tutorTurnStream } from "@/lib/services/tutor";
import { errorResponse, jsonRoute } from "@/lib/http/route";
import { respondWith } from "@/lib/contracts/http";
import { TutorTurnInput, TutorTurnResult } from "@/lib/contracts/tutor";

export const dynamic = "force-dynamic";

/**
 * The schema admits 40 history turns of 4,000 characters (up to 3 bytes each in UTF-8), far
 * past the default cap of jsonRoute.
 */
const TUTOR_MAX_BODY_BYTES = 512 * 1024;

/**
 * POST /api/tutor: JSON in, JSON out; with `Accept: text/event-stream` the reply streams as
 * server-sent events (`chunk` events with text, then one `done` event with the full reply,
 * which is authoritative) and stops when the client aborts.
 */
export const POST = jsonRoute(
  TutorTurnInput,
  async (input, request) => {
    const user = await getCurrentUser();
    await assertTutorAllowed(db(), user, await clientAddress());
    const userId = user?.id ?? null;
    if (!request.headers.get("accept")?.includes("text/event-stream")) {
      return respondWith(TutorTurnResult, await tutorTurn(userId, input, request.signal));
    }
    const encoder = new TextEncoder();
    const events = tutorTurnStream(userId, input, request.signal);
    // The first step runs before the response starts, so a 404 for an unknown id is still a 404.
    const first = await events.next();
    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const send = (event: string, data: unknown) =>
          controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`));
        try {
          for (let step = first; !step.done; step = await events.next()) {
            if (typeof step.value === "string") send("chunk", { text: step.value });
            else send("done", step.value satisfies TutorTurnResult);
          }
        } catch (error) {
          const response = errorResponse(error);
          send("error", { status: response.status, ...((await response.json()) as object) });
        } finally {
          controller.close();
        }
      },
      async cancel() {
        await events.return(undefined);
      },
    });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        "cache-control": "no-cache, no-transform",
      },
    });
  },
  { maxBodyBytes: TUTOR_MAX_BODY_BYTES },
);
