"use client";
import {
  memo,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from "react";
import { PlotSvg } from "@/lib/plot/PlotSvg";
import { readoutAt } from "@/lib/plot/describe";
import { computePanelLayout, nearestIndex } from "@/lib/plot/layout";
import type { ScenarioResult } from "@/lib/sim/scenario-types";
import styles from "./plot.module.css";
import { plotHeightFor, useBoxWidth } from "./use-box-width";

interface InteractivePlotProps {
  result: ScenarioResult;
  panelIndex: number;
}

/**
 * A panel with a readout of every series at one x. A mouse, a pen or a finger (tap, or drag
 * along the plot) and the keyboard all move it: the plot is focusable, arrows step, Page keys
 * jump a tenth, Home/End go to the ends. The panel is laid out at the width of its box.
 * Memoised: while a worker computes, the lab re-renders for its status, not for this plot.
 */
export const InteractivePlot = memo(function InteractivePlot({
  result,
  panelIndex,
}: InteractivePlotProps) {
  const panel = result.panels[panelIndex];
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  const height = plotHeightFor(width);
  const layout = useMemo(
    () => (panel ? computePanelLayout(panel, { width, height }) : null),
    [panel, width, height],
  );
  const [index, setIndex] = useState<number | null>(null);
  const readoutId = useId();
  if (!panel || !layout) return null;

  const xs = layout.xs;
  // A new result may have fewer steps: keep the cursor on the last one rather than losing it.
  const clamped = index === null || xs.length === 0 ? null : Math.min(index, xs.length - 1);
  const cursorX = clamped === null ? null : (xs[clamped] ?? null);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    // Keep receiving moves while a finger drags along the plot, even off its edge.
    if (event.pointerType !== "mouse") event.currentTarget.setPointerCapture?.(event.pointerId);
    onPointerMove(event);
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || !layout) return;
    // The SVG scales with its box, so convert CSS px back to viewBox units.
    const px = ((event.clientX - rect.left) * layout.width) / rect.width - layout.margin.left;
    setIndex(nearestIndex(xs, layout.xScale.invert(px)));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (xs.length === 0) return;
    const page = Math.max(1, Math.round(xs.length / 10));
    const from = clamped ?? 0;
    const moves: Record<string, number> = {
      ArrowRight: from + 1,
      ArrowUp: from + 1,
      ArrowLeft: from - 1,
      ArrowDown: from - 1,
      PageUp: from + page,
      PageDown: from - page,
      Home: 0,
      End: xs.length - 1,
    };
    if (event.key === "Escape") {
      setIndex(null);
      return;
    }
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    setIndex(Math.max(0, Math.min(xs.length - 1, clamped === null ? 0 : next)));
  }

  return (
    <div className={styles.panel}>
      <div
        ref={box}
        className={styles.plotBox}
        role="group"
        tabIndex={0}
        aria-label={`${panel.title}: interactive plot. Use the arrow keys to read values at each ${panel.xLabel}.`}
        aria-describedby={readoutId}
        onPointerMove={onPointerMove}
        onPointerDown={onPointerDown}
        onKeyDown={onKeyDown}
        onFocus={() => setIndex((i) => i ?? 0)}
      >
        <PlotSvg
          result={result}
          panelIndex={panelIndex}
          showCaption={false}
          cursorX={cursorX}
          width={width}
          height={height}
          layout={layout}
        />
      </div>
      <p id={readoutId} className={styles.readout} aria-live="polite">
        {cursorX === null
          ? `Tap or point at the plot (drag along it to move), or focus it and use the arrow keys, to read every series at one ${panel.xLabel}.`
          : readoutAt(panel, cursorX)}
      </p>
    </div>
  );
});
