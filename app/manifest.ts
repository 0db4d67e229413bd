import type { MetadataRoute } from "next";

/** The web app manifest: name, colours and icons for "add to home screen" and tab strips. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Gradient Tutor",
    short_name: "Gradient Tutor",
    description:
      "Short lessons with live simulations on why recurrent networks lose their gradients and how LSTMs keep them.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#1d4ed8",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/favicon.ico", sizes: "32x32", type: "image/x-icon" },
    ],
  };
}
