// Loaded with `node --import` (NODE_OPTIONS may not carry --cpu-prof): profiles the process and
// writes the profile to $CPU_PROFILE_DIR/<pid>.cpuprofile. By default from start to exit (the
// in-process inspector answers synchronously, so this works from the exit event). With
// CPU_PROFILE_WINDOW=1, only between two SIGUSR2s: the first starts the profiler, the second
// writes the profile, so a bench can profile its measured window alone (no start-up, no
// warm-up) and divide the busy time by the answers served in it. The process that starts the
// server writes its pid to <pid>.pid for the bench to signal.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.CPU_PROFILE_DIR ?? ".";
const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");

const write = () =>
  session.post("Profiler.stop", (error, result) => {
    if (error || !result) return;
    fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });

if (process.env.CPU_PROFILE_WINDOW === "1") {
  if (process.argv.some((a) => a.endsWith("scripts/server.mjs"))) {
    fs.writeFileSync(path.join(dir, `${process.pid}.pid`), "");
    let running = false;
    process.on("SIGUSR2", () => {
      if (running) write();
      else session.post("Profiler.start");
      running = !running;
    });
  }
} else {
  session.post("Profiler.start");
  process.on("exit", write);
}
