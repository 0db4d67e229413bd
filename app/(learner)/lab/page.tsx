import type { Metadata } from "next";
import Link from "next/link";
import { scenarios } from "@/lib/sim";

export const metadata: Metadata = { title: "Simulation lab" };

/** Every registered scenario, each linking to its interactive plot. */
export default function LabIndexPage() {
  const list = Object.values(scenarios);
  return (
    <main>
      <h1>Simulation lab</h1>
      <p>
        Each simulation runs a small recurrent network in your browser and plots how its gradient
        grows or shrinks. Move the sliders, read exact values from the plot, and share a link to
        what you see.
      </p>
      <ul className="grid">
        <li className="card">
          <h2>
            <Link href="/lab/train">Train four networks side by side</Link>
          </h2>
          <p>
            An RNN, an IRNN, an LSTM and a GRU learn the same long-lag task in your browser: see
            which leave chance and how much gradient reaches the early steps.
          </p>
        </li>
        {list.map((scenario) => (
          <li key={scenario.id} className="card">
            <h2>
              <Link href={`/lab/${scenario.id}`}>{scenario.title}</Link>
            </h2>
            <p>{scenario.summary}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
