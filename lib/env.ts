import { z } from "zod";
import { providerOfUrl } from "@/lib/db/provider";
import { TrustedProxiesSetting } from "@/lib/http/client-address";
import { llmConfigFromEnv, TutorLlmEnv, type LlmConfig } from "@/lib/tutor";

/**
 * Environment, parsed once with zod (T3's env.js habit): a wrong value names the variable and
 * what it expects, at start, instead of failing somewhere deep in a request.
 */

/** Secrets that are long enough but well known; refusing them catches copy-pasted examples. */
const KNOWN_WEAK_SECRETS = new Set([
  "changeme",
  "secret",
  "development-secret",
  "replace-me-with-a-long-random-string",
]);

export const MIN_SECRET_LENGTH = 32;

const databaseUrl = z
  .string()
  .trim()
  .refine((url) => providerOfUrl(url) !== null, {
    message: "expected a SQLite URL (file:./data/dev.db) or a PostgreSQL URL (postgresql://…)",
  });

const authSecret = z
  .string()
  .min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters of random text`)
  .refine((secret) => !KNOWN_WEAK_SECRETS.has(secret.toLowerCase()) && new Set(secret).size >= 10, {
    message: "is a well-known or low-variety value; generate one with `openssl rand -base64 48`",
  });

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.default("file:./data/dev.db"),
  AUTH_SECRET: authSecret.optional(),
  /** Set to "true" only behind HTTPS; defaults to true in production. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  /** Proxies whose X-Forwarded-For entries are believed (lib/http/client-address.ts). */
  TRUSTED_PROXIES: TrustedProxiesSetting,
});

export type Env = z.infer<typeof EnvSchema> & {
  AUTH_SECRET: string;
  /** The optional OpenAI-compatible model behind the tutor (TUTOR_LLM_*), if configured. */
  tutorLlm: LlmConfig | undefined;
};

export class EnvError extends Error {
  override name = "EnvError";
}

/** Reads and checks the environment; throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  const llm = TutorLlmEnv.safeParse(source);
  const issues = [...(result.error?.issues ?? []), ...(llm.error?.issues ?? [])];
  if (!result.success || !llm.success) {
    const lines = issues.map(
      (issue) => `- ${issue.path.join(".") || "TUTOR_LLM_*"}: ${issue.message}`,
    );
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  if (!env.AUTH_SECRET) {
    if (env.NODE_ENV === "production") {
      throw new EnvError(
        "Invalid environment:\n- AUTH_SECRET: required in production (at least " +
          `${MIN_SECRET_LENGTH} random characters; generate one with \`openssl rand -base64 48\`)`,
      );
    }
    throw new EnvError(
      "Invalid environment:\n- AUTH_SECRET: missing; `npm run dev` writes one to .env.local, " +
        "or set it yourself",
    );
  }
  return { ...env, AUTH_SECRET: env.AUTH_SECRET, tutorLlm: llmConfigFromEnv(llm.data) };
}

let cached: Env | undefined;

/** The process environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
