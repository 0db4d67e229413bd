// A stored tutor message of deeply nested TeX failed its conversation page (KaTeX and the HTML
// it builds recurse once per level). Math nested past the cap is shown as its source, and each
// message renders in a boundary of its own.
import { Writable } from "node:stream";
import type { ReactNode } from "react";
import { renderToPipeableStream, renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import TutorPage from "@/app/(learner)/tutor/page";
import { Markdown } from "@/app/_components/markdown";
import { MessageBoundary } from "@/app/_components/tutor/MessageBoundary";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { MAX_MATH_NESTING, mathNestingDepth } from "@/lib/content/math";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { beginRequest } from "../fuzz/support/next-state";
import { createWorld, FUZZ_SECRET, type World } from "../fuzz/support/world";

vi.mock("next/headers", async () => (await import("../fuzz/support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../fuzz/support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("../fuzz/support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("../fuzz/support/next-state")).freshEnvModule(original),
);

/**
 * The page as the server streams it once everything has loaded, as Next renders it: the chat's
 * messages load their component lazily, which renderToString cannot wait for.
 */
function renderWhenReady(node: ReactNode): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const { pipe } = renderToPipeableStream(node, {
      onAllReady() {
        pipe(
          new Writable({
            write(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done();
            },
            final(done) {
              resolve(Buffer.concat(chunks).toString("utf8"));
              done();
            },
          }),
        );
      },
      onShellError: reject,
    });
  });
}

const nested = (levels: number, open = "x^{") => `${open.repeat(levels)}1${"}".repeat(levels)}`;
const HOSTILE = `$${nested(499)}$`;

describe("math nesting", () => {
  it("counts braces, \\left…\\right and environments, not escaped braces", () => {
    expect(mathNestingDepth("x^2 + y")).toBe(0);
    expect(mathNestingDepth(nested(3))).toBe(3);
    expect(mathNestingDepth(String.raw`\left( \frac{a}{b} \right) \{ \}`)).toBe(2);
    expect(mathNestingDepth(String.raw`\begin{matrix} {a} \end{matrix}`)).toBe(2);
    expect(mathNestingDepth(nested(499))).toBe(499);
  });

  it("renders math up to the cap with KaTeX and deeper math as its source, quickly", () => {
    const ok = renderToString(<Markdown>{`$${nested(MAX_MATH_NESTING, "\\frac{1}{")}$`}</Markdown>);
    expect(ok).toContain('class="katex"');
    const started = performance.now();
    const capped = renderToString(<Markdown>{`before ${HOSTILE} after`}</Markdown>);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(capped).not.toContain('class="katex"');
    expect(capped).toContain(`<code>${nested(499)}</code>`);
    expect(capped).toContain("before");
  });
});

describe("a message's boundary", () => {
  function Broken(): never {
    throw new RangeError("Maximum call stack size exceeded");
  }

  it("shows a message that fails to render as plain text and keeps its neighbours", () => {
    const html = renderToString(
      <ol>
        <li>
          <MessageBoundary text="the broken one">
            <Broken />
          </MessageBoundary>
        </li>
        <li>
          <MessageBoundary text="fine">
            <Markdown>fine</Markdown>
          </MessageBoundary>
        </li>
      </ol>,
    );
    expect(html).toContain("the broken one");
    expect(html).toContain("<p>fine</p>");
  });
});

await describeBothProviders("a conversation holding deeply nested TeX", ({ freshDatabaseUrl }) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
  });
  afterAll(async () => releaseDatabase(world.db));

  it("renders its page", async () => {
    const conversation = await world.db.tutorConversation.create({
      data: {
        userId: world.ids.learnerId,
        title: "Nested",
        messages: { create: [{ role: "user", content: HOSTILE }] },
      },
    });
    const { token } = await createSession(world.db, world.ids.learnerId, FUZZ_SECRET);
    beginRequest({ [SESSION_COOKIE]: token }, new Headers());
    const page = await TutorPage({ searchParams: Promise.resolve({ c: conversation.id }) });
    const html = await renderWhenReady(page);
    expect(html).toContain(nested(499));
  });
});
