import { once } from "node:events";
import net from "node:net";

/** A port that was free on 127.0.0.1 a moment ago (the test server started next binds it). */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}
