/**
 * The class page's tables sent as data (DataTableDetails) write what the element tables did,
 * once opened; corrections (course text with math) are the HTML Markdown's inline form writes.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inlineCourseHtml } from "@/app/_components/dashboard/course-html";
import { Markdown } from "@/app/_components/markdown";
import { misconceptions } from "@/lib/content/misconceptions";

describe("corrections as inline HTML", () => {
  it.each(misconceptions.map((m) => [m.id, m.correction] as const))(
    "%s renders as Markdown inline does",
    (_id, correction) => {
      expect(
        renderToStaticMarkup(
          <span
            className="prose-inline"
            dangerouslySetInnerHTML={{ __html: inlineCourseHtml(correction) }}
          />,
        ),
      ).toBe(renderToStaticMarkup(<Markdown inline>{correction}</Markdown>));
    },
  );

  it("keeps a text of several paragraphs as blocks (Markdown inline dissolves them)", () => {
    const html = inlineCourseHtml("one\n\ntwo");
    expect(html).toBe("<p>one</p>\n<p>two</p>");
  });
});
