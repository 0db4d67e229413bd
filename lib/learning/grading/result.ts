import type { z } from "zod";
import { getMisconception } from "@/lib/content";

export interface GradeResult {
  correct: boolean;
  /** 0..1 before try and hint penalties. */
  fraction: number;
  /** For the learner; never states the key (a retry may follow). */
  feedback: string;
  /** Misconception ids this answer reveals (catalogue ids, de-duplicated). */
  misconceptions: string[];
  /** short-text: labels of rubric ideas not found. */
  missingIdeas?: string[];
}

/**
 * A response that cannot be graded. status 400: malformed body; 422: well-formed but does not
 * fit this question. `fields` maps each bad field to a message (the shape lib/http uses).
 */
export class GradingInputError extends Error {
  override name = "GradingInputError";
  constructor(
    readonly status: 400 | 422,
    readonly fields: Record<string, string>,
  ) {
    super(
      Object.entries(fields)
        .map(([f, m]) => `${f}: ${m}`)
        .join("; "),
    );
  }

  static fromZod(error: z.ZodError): GradingInputError {
    const fields: Record<string, string> = {};
    for (const issue of error.issues) {
      const key = issue.path.length > 0 ? issue.path.join(".") : "response";
      fields[key] ??= issue.message;
    }
    return new GradingInputError(400, fields);
  }
}

/** The catalogue's one-sentence correction for each id, joined. */
export function corrections(ids: readonly string[]): string {
  return ids
    .map((id) => getMisconception(id)?.correction)
    .filter((c): c is string => c !== undefined)
    .join(" ");
}

export const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
