"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main>
      <h1>Something went wrong</h1>
      <p>That was our fault, not yours. Your progress is saved.</p>
      <button type="button" onClick={reset}>
        Try again
      </button>
    </main>
  );
}
