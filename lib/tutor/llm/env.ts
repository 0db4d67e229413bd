/**
 * Optional model configuration from the environment, for the lead's env parsing (T3-style, at
 * start). All three variables or none: a model without a key, or a key without a URL, is a
 * deployment mistake worth failing on rather than silently running the built-in tutor.
 */
import { z } from "zod";
import type { LlmConfig } from "./provider";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().min(1).optional());

export const TutorLlmEnv = z
  .object({
    TUTOR_LLM_BASE_URL: z.preprocess(
      (v) => (v === "" ? undefined : v),
      z.url({ error: "TUTOR_LLM_BASE_URL must be a URL like http://127.0.0.1:8080/v1" }).optional(),
    ),
    TUTOR_LLM_MODEL: optional,
    TUTOR_LLM_API_KEY: optional,
    TUTOR_LLM_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).optional(),
  })
  .refine(
    (e) => {
      const set = [e.TUTOR_LLM_BASE_URL, e.TUTOR_LLM_MODEL, e.TUTOR_LLM_API_KEY].filter(
        (v) => v !== undefined,
      );
      return set.length === 0 || set.length === 3;
    },
    {
      error:
        "TUTOR_LLM_BASE_URL, TUTOR_LLM_MODEL and TUTOR_LLM_API_KEY must be set together (or none of them)",
    },
  );
export type TutorLlmEnv = z.infer<typeof TutorLlmEnv>;

/** The provider config, or undefined when the variables are not set (built-in tutor only). */
export function llmConfigFromEnv(env: TutorLlmEnv): LlmConfig | undefined {
  if (!env.TUTOR_LLM_BASE_URL || !env.TUTOR_LLM_MODEL || !env.TUTOR_LLM_API_KEY) return undefined;
  return {
    baseUrl: env.TUTOR_LLM_BASE_URL,
    model: env.TUTOR_LLM_MODEL,
    apiKey: env.TUTOR_LLM_API_KEY,
    ...(env.TUTOR_LLM_TIMEOUT_MS !== undefined ? { timeoutMs: env.TUTOR_LLM_TIMEOUT_MS } : {}),
  };
}
