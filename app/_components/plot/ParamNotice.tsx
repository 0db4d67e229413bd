import type { ParamProblem } from "./search-params";

/**
 * What a shared link asked for that could not be shown as given, and what is shown instead.
 * A status (announced politely), not an alert: the page works, it only adjusted the link.
 */
export function ParamNotice({ problems }: { problems: readonly ParamProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="status" className="notice" data-testid="param-notice">
      <p>Some parameters in this link were out of range or unreadable, so they were adjusted:</p>
      <ul>
        {problems.map((problem) => (
          <li key={`${problem.field}:${problem.message}`} data-field={problem.field}>
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
