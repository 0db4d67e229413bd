// Loaded with `node --import` (NODE_OPTIONS may not carry --cpu-prof): profiles the process
// from start to exit and writes the profile to $CPU_PROFILE_DIR/<pid>.cpuprofile. The in-process
// inspector answers synchronously, so this works from the exit event.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const session = new inspector.Session();
session.connect();
session.post("Profiler.enable");
session.post("Profiler.start");
process.on("exit", () => {
  session.post("Profiler.stop", (error, result) => {
    if (error || !result) return;
    const file = path.join(process.env.CPU_PROFILE_DIR ?? ".", `${process.pid}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(result.profile));
  });
});
