/**
 * What the model is told about its tools: names, descriptions and JSON-schema parameters, with
 * the scenario catalogue (ids, dials and ranges) in run_scenario's description.
 */
import { scenarios } from "@/lib/sim";
import type { ToolDefinition } from "./wire";

/** One line per scenario: its id, what it shows, and its dials with their ranges. */
function scenarioCatalogue(): string {
  return Object.values(scenarios)
    .map((s) => {
      const dials = Object.entries(s.params)
        .map(([key, p]) =>
          p.kind === "number"
            ? `${key} (${p.label}, ${p.min} to ${p.max}, default ${p.default})`
            : `${key} (${p.label}: ${p.options.map((o) => o.value).join(" | ")}, default ${p.default})`,
        )
        .join("; ");
      return `- ${s.id}: ${s.title}. Dials: ${dials}`;
    })
    .join("\n");
}

/** The four tools as the OpenAI-compatible tools API describes them. */
export function definitions(): ToolDefinition[] {
  return [
    {
      type: "function",
      function: {
        name: "search_course",
        description:
          "Search the course's lessons. Returns numbered passages with their lesson; answer from them and name the lesson.",
        parameters: {
          type: "object",
          properties: { query: { type: "string", description: "What to look up, in words." } },
          required: ["query"],
        },
      },
    },
    {
      type: "function",
      function: {
        name: "run_scenario",
        description: `Run one of the course's simulations and get its one-line result (the app draws the plot). Scenarios:\n${scenarioCatalogue()}`,
        parameters: {
          type: "object",
          properties: {
            scenarioId: { type: "string", enum: Object.keys(scenarios) },
            params: {
              type: "object",
              description: "Only the dials to change; the others keep their defaults.",
              additionalProperties: { type: ["number", "string"] },
            },
          },
          required: ["scenarioId"],
        },
      },
    },
    {
      type: "function",
      function: {
        name: "give_hint",
        description:
          "Reveal the next hint of the question the learner is working on (at most once per reply).",
        parameters: { type: "object", properties: {} },
      },
    },
    {
      type: "function",
      function: {
        name: "check_draft",
        description:
          "Formative feedback on the learner's own written explanation in their message, for the short-answer question they are working on: which ideas it has and which it lacks.",
        parameters: { type: "object", properties: {} },
      },
    },
  ];
}
