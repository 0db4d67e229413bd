"use client";
import { useRef } from "react";
import { PlotSvg, type PlotSvgProps } from "@/lib/plot/PlotSvg";
import { plotHeightFor, useBoxWidth } from "./use-box-width";

/** A static plot laid out at the width of its box, so its text keeps its size on a phone. */
export function FittedPlot(props: Omit<PlotSvgProps, "width" | "height" | "palette">) {
  const box = useRef<HTMLDivElement>(null);
  const width = useBoxWidth(box);
  return (
    <div ref={box}>
      <PlotSvg {...props} width={width} height={plotHeightFor(width)} />
    </div>
  );
}
