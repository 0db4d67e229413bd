import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FittedBarChart } from "@/app/_components/dashboard/Charts";
import { InteractivePlot } from "@/app/_components/plot/InteractivePlot";
import {
  DESKTOP_LAYOUT_WIDTH,
  GROW,
  keepsLayout,
  layoutWidthFor,
  PHONE_LAYOUT_WIDTH,
  SHRINK,
} from "@/app/_components/plot/layout-width";
import { LayoutWidthProvider } from "@/app/_components/plot/layout-width-context";
import { FONT_SIZE } from "@/lib/plot/layout";
import { MIN_FONT_SIZE } from "@/lib/plot/text-fit";
import { linearResult } from "../plot/fixtures";

const PIXEL_7 =
  "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) " +
  "Chrome/119.0.0.0 Mobile Safari/537.36";
const DESKTOP_CHROME =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.0.0 Safari/537.36";

describe("the request's layout width", () => {
  it.each([
    ["a phone's user agent", { "user-agent": PIXEL_7 }, PHONE_LAYOUT_WIDTH],
    ["a desktop's user agent", { "user-agent": DESKTOP_CHROME }, DESKTOP_LAYOUT_WIDTH],
    ["no user agent", {}, DESKTOP_LAYOUT_WIDTH],
    [
      "the mobile hint",
      { "sec-ch-ua-mobile": "?1", "user-agent": DESKTOP_CHROME },
      PHONE_LAYOUT_WIDTH,
    ],
    ["the desktop hint", { "sec-ch-ua-mobile": "?0", "user-agent": PIXEL_7 }, DESKTOP_LAYOUT_WIDTH],
    [
      "a narrow viewport",
      { "sec-ch-viewport-width": "390", "sec-ch-ua-mobile": "?0" },
      PHONE_LAYOUT_WIDTH,
    ],
    [
      "a wide viewport",
      { "sec-ch-viewport-width": "1280", "user-agent": PIXEL_7 },
      DESKTOP_LAYOUT_WIDTH,
    ],
    [
      "a viewport hint that is no number",
      { "sec-ch-viewport-width": "wide", "user-agent": PIXEL_7 },
      PHONE_LAYOUT_WIDTH,
    ],
  ])("%s", (_, headers, width) => {
    expect(layoutWidthFor(new Headers(headers))).toBe(width);
  });
});

describe("keeping the server's layout", () => {
  it("keeps it while text stays at 11 px or more and at most 15 % larger", () => {
    expect(FONT_SIZE * SHRINK).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    expect(GROW).toBeLessThanOrEqual(1.15);
    // A phone's box from 360 to 412 px screens (less the page's 1rem padding each side).
    for (const box of [328, 358, 380]) expect(keepsLayout(PHONE_LAYOUT_WIDTH, box)).toBe(true);
    // A wide screen's lesson plot and dashboard chart.
    for (const box of [684, 768]) expect(keepsLayout(DESKTOP_LAYOUT_WIDTH, box)).toBe(true);
  });

  it("lays the plot out again beyond it", () => {
    expect(keepsLayout(DESKTOP_LAYOUT_WIDTH, 358)).toBe(false);
    expect(keepsLayout(PHONE_LAYOUT_WIDTH, 640)).toBe(false);
    expect(keepsLayout(PHONE_LAYOUT_WIDTH, Math.floor(PHONE_LAYOUT_WIDTH * SHRINK) - 1)).toBe(
      false,
    );
    expect(keepsLayout(PHONE_LAYOUT_WIDTH, Math.ceil(PHONE_LAYOUT_WIDTH * GROW) + 1)).toBe(false);
  });
});

describe("plots on the server", () => {
  const viewBoxWidth = (html: string) => Number(/viewBox="0 0 ([\d.]+) /.exec(html)?.[1]);

  it("are laid out at the request's width", () => {
    const plot = (width?: number) => {
      const element = <InteractivePlot result={linearResult} panelIndex={0} />;
      return renderToStaticMarkup(
        width === undefined ? (
          element
        ) : (
          <LayoutWidthProvider width={width}>{element}</LayoutWidthProvider>
        ),
      );
    };
    expect(viewBoxWidth(plot(PHONE_LAYOUT_WIDTH))).toBe(PHONE_LAYOUT_WIDTH);
    expect(viewBoxWidth(plot(DESKTOP_LAYOUT_WIDTH))).toBe(DESKTOP_LAYOUT_WIDTH);
    // Outside a provider (a test, a page without the root layout): the desktop's.
    expect(viewBoxWidth(plot())).toBe(DESKTOP_LAYOUT_WIDTH);
  });

  it("and so are the dashboard's charts", () => {
    const html = renderToStaticMarkup(
      <LayoutWidthProvider width={PHONE_LAYOUT_WIDTH}>
        <FittedBarChart
          id="c"
          title="Answers"
          description="Answers per day"
          data={[{ label: "a", value: 3, valueText: "3" }]}
          max={3}
        />
      </LayoutWidthProvider>,
    );
    expect(viewBoxWidth(html)).toBe(PHONE_LAYOUT_WIDTH);
  });
});
