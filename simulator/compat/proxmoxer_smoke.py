# proxmoxer against the simulator, unchanged (see run.sh).
from proxmoxer import ProxmoxAPI
import os
import time
PORT = int(os.environ.get("SIM_PORT", "18006"))
p = ProxmoxAPI("127.0.0.1", port=PORT, user="root@pam", password="pve-simulator", verify_ssl=False)
print("version", p.version.get()["version"])
upid = p.nodes("pve1").qemu(104).clone.post(newid=160)
print("clone", upid)
print("status", p.nodes("pve1").tasks(upid).status.get()["status"])
for _ in range(100):
    s = p.nodes("pve1").tasks(upid).status.get()
    if s["status"] == "stopped":
        break
    time.sleep(0.2)
print("exit", s.get("exitstatus"))
print("log lines", len(p.nodes("pve1").tasks(upid).log.get(limit=500)))
try:
    p.nodes("pve1").qemu(999).clone.post(newid=161)
except Exception as e:
    print("error", type(e).__name__, str(e)[:160])
t = ProxmoxAPI("127.0.0.1", port=PORT, user="root@pam", token_name="sim", token_value="5d3c1f0e-7b2a-4c9d-8e6f-0a1b2c3d4e5f", verify_ssl=False)
print("token list", len(t.nodes("pve1").tasks.get(source="all")))
