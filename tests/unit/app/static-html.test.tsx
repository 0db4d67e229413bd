// @vitest-environment node
// (No window: StaticHtml takes the server's path, as in the page's server-side render.)
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LessonProse, wantsHtmlDocument } from "@/app/_components/lesson-prose";
import { lessons } from "@/lib/content";

const withoutKey = (html: string) => html.replace(/ data-static-html="[^"]*"/, "");

describe("lesson prose sent once", () => {
  const text = lessons[0]!.sections[0]!.body;

  it("renders the same HTML on the server when the payload carries only a key", () => {
    const inPayload = renderToStaticMarkup(<LessonProse>{text}</LessonProse>);
    const htmlOnly = renderToStaticMarkup(<LessonProse htmlOnly>{text}</LessonProse>);
    expect(htmlOnly).toMatch(/^<div class="prose" data-static-html="[\w-]{16}">/);
    expect(withoutKey(htmlOnly)).toBe(inPayload);
    expect(inPayload).toContain('class="katex"');
  });

  it("gives the same text the same key, and another text another key", () => {
    const key = (body: string) =>
      /data-static-html="([^"]*)"/.exec(
        renderToStaticMarkup(<LessonProse htmlOnly>{body}</LessonProse>),
      )?.[1];
    expect(key(text)).toBe(key(text));
    expect(key(text)).not.toBe(key(lessons[1]!.sections[0]!.body));
  });

  it.each([
    ["a page load", true, { accept: "text/html,application/xhtml+xml" }],
    ["a client-side navigation", false, { accept: "*/*", rsc: "1" }],
    ["a prefetch", false, { rsc: "1", "next-router-prefetch": "1", accept: "text/html" }],
    ["a server action", false, { accept: "text/x-component", "next-action": "abc" }],
    ["a request that asks for no HTML", false, { accept: "application/json" }],
  ])("%s: prose only in the HTML, %s", (_name, expected, headers) => {
    expect(wantsHtmlDocument(new Headers(headers))).toBe(expected);
  });
});
