import { errorOf, NETWORK_ERROR, UNREADABLE_RESPONSE, ApiError } from "@/lib/contracts/fetch";
import {
  tutorContracts,
  TutorStreamEvent,
  type TutorTurnInput,
  type TutorTurnResult,
} from "@/lib/contracts/tutor";
import { readEvents } from "./sse";

/**
 * One streamed tutor turn: yields text chunks, returns the authoritative result. Every event is
 * parsed with the tutor contract; failures are ApiErrors with the server's message.
 */
export async function* streamTurn(
  body: TutorTurnInput,
  signal: AbortSignal,
): AsyncGenerator<string, TutorTurnResult> {
  let response: Response;
  try {
    response = await fetch(tutorContracts.turn.path, {
      method: tutorContracts.turn.method,
      headers: { "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(NETWORK_ERROR, 0);
  }
  if (!response.ok || !response.body) {
    throw errorOf(response.status, await response.json().catch(() => undefined));
  }
  for await (const raw of readEvents(response.body)) {
    const parsed = TutorStreamEvent.safeParse({ event: raw.event, data: parseJson(raw.data) });
    if (!parsed.success) throw new ApiError(UNREADABLE_RESPONSE, response.status);
    const event = parsed.data;
    if (event.event === "chunk") yield event.data.text;
    else if (event.event === "done") return event.data;
    else throw new ApiError(event.data.error, event.data.status, event.data.fields);
  }
  throw new ApiError("The tutor stopped before it finished; send the message again.", 0);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
