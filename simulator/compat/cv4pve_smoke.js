// The Corsinvest JavaScript client against the simulator, unchanged (see run.sh).
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0"; // the simulator's self-signed certificate, on loopback
const { PveClient } = require("@corsinvest/cv4pve-api-javascript");
(async () => {
  const c = new PveClient("127.0.0.1", Number(process.env.SIM_PORT || 18006));
  const ok = await c.login("root", "pve-simulator", "pam");
  console.log("login", ok);
  const clone = await c.nodes.get("pve1").qemu.get(104).clone.cloneVm(150);
  console.log("clone", clone.isSuccessStatusCode, clone.response.data);
  const upid = clone.response.data;
  const st = await c.nodes.get("pve1").tasks.get(upid).status.readTaskStatus();
  console.log("status", st.response.data.status);
  const done = await c.waitForTaskToFinish(upid, 500, 60000);
  console.log("waited", done);
  const exit = await c.getExitStatusTask(upid);
  console.log("exit", exit);
  const bad = await c.nodes.get("pve1").qemu.get(999).clone.cloneVm(151);
  console.log("error", bad.statusCode, bad.reasonPhrase, JSON.stringify(bad.response));
  const list = await c.nodes.get("pve1").tasks.nodeTasks();
  console.log("list", list.response.data.length, list.response.total);
})().catch(e => { console.error("FAILED", e); process.exit(1); });
