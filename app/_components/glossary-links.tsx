import Link from "next/link";
import { glossaryTermsIn } from "@/lib/content/glossary";

/** "Terms: Jacobian, Saturation …" linking to the glossary, for the terms a text uses. */
export function GlossaryLinks({
  text,
  label = "Terms used here",
}: {
  text: string;
  label?: string;
}) {
  const terms = glossaryTermsIn(text);
  if (terms.length === 0) return null;
  return (
    <p className="muted" data-testid="glossary-links">
      {label}:{" "}
      {terms.map((t, i) => (
        <span key={t.id}>
          {i > 0 && ", "}
          <Link prefetch={false} href={`/glossary#${t.id}`}>
            {t.term}
          </Link>
        </span>
      ))}
    </p>
  );
}
