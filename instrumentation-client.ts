import { configureZodWithoutEval } from "@/lib/http/zod-without-eval";

// Runs in the browser before the app hydrates, so before any validation does.
configureZodWithoutEval();
