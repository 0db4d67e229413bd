/**
 * A question that a "No" answers: one ending in "?" or followed only by a short tag ("…? quick
 * yes/no", "…? pls"), or opening with an auxiliary ("does the GRU have a cell state"); a why or
 * how question built on the claim is not one.
 */
export function asksWhether(message: string): boolean {
  const text = message.trim();
  if (/^\s*(?:\w+\s+)?(?:why|how)\b/i.test(text)) return false;
  const tail = /\?([^?]*)$/.exec(text)?.[1];
  if (tail !== undefined && tail.trim().split(/\s+/).filter(Boolean).length <= 4) return true;
  return /^(?:so\s+|and\s+|but\s+|wait,?\s+)?(?:does|do|is|are|can|could|will|would|should|did|has|have)\b/i.test(
    text,
  );
}
