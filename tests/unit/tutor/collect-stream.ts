import type { TutorReply } from "@/lib/tutor";

/** A streamed tutor reply taken apart: the text chunks, and the final reply that must end it. */
export async function collect(stream: AsyncIterable<string | TutorReply>) {
  const texts: string[] = [];
  let final: TutorReply | undefined;
  for await (const part of stream) {
    if (typeof part === "string") texts.push(part);
    else final = part;
  }
  if (!final) throw new Error("stream ended without a reply");
  return { texts, final };
}
