import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonProse } from "@/app/_components/lesson-prose";
import { Markdown } from "@/app/_components/markdown";
import { markdownHtml } from "@/app/_components/markdown-html";
import { lessons } from "@/lib/content";

/** Lesson prose sent as static HTML must be byte for byte what Markdown renders as elements. */
function expectSameAsMarkdown(text: string) {
  expect(renderToStaticMarkup(<LessonProse>{text}</LessonProse>)).toBe(
    renderToStaticMarkup(<Markdown>{text}</Markdown>),
  );
}

describe("lesson prose as static HTML", () => {
  it.each(lessons.map((l) => [l.id, l] as const))(
    "lesson %s renders as Markdown does",
    (_id, l) => {
      const texts = [...l.sections, ...(l.deepDives ?? [])].map((s) => s.body);
      if (l.sourceNote) texts.push(`**More precisely:** ${l.sourceNote.correction}`);
      for (const text of texts) expectSameAsMarkdown(text);
    },
  );

  // Not images or task lists, which lessons do not use: React adds a preload link for an image
  // and writes a checkbox's attributes in its own order.
  it("matches Markdown on tables, lists, links, code, quotes, footnotes and escapes", () => {
    expectSameAsMarkdown(
      [
        "# Title & <stuff>",
        "A [link](https://example.org/?a=1&b='2') and [bad](javascript:alert(1)), `code <x>`.",
        "",
        "| left | centre |",
        "| :--- | :----: |",
        '| $a_t$ | "quoted" |',
        "",
        "1. one\n2. two\n   - three",
        "",
        "> a quote with $$\\frac{\\partial L}{\\partial h}$$ and ~~struck~~ text",
        "",
        "```ts\nconst x = 1 < 2;\n```",
        "",
        "line  \nbreak, *** and a note[^1].",
        "",
        "[^1]: The note.",
      ].join("\n"),
    );
  });

  it("shows raw HTML as text, never as markup", () => {
    const html = markdownHtml('<img src=x onerror="alert(1)"> and <script>alert(2)</script>');
    expect(html).not.toMatch(/<img|<script/);
    expect(html).toContain("&lt;script&gt;");
    expectSameAsMarkdown("<b>bold?</b>\n\n<div>block</div>");
  });

  it("falls back to the plain text when math nests too deep to render, as Markdown does", () => {
    expectSameAsMarkdown(`$${"{".repeat(400)}x${"}".repeat(400)}$`);
  });
});
