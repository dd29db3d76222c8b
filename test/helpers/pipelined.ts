import { connect } from "node:net";

export interface PipelinedPost {
  body: unknown;
  headers?: Record<string, string>;
}

export interface PipelinedAnswer {
  status: number;
  body: any;
}

/** Splits HTTP/1.1 responses (each with a Content-Length, as fastify sends JSON) off the front of `buf`. */
function takeResponses(buf: Buffer, out: PipelinedAnswer[]): Buffer {
  for (;;) {
    const headEnd = buf.indexOf("\r\n\r\n");
    if (headEnd < 0) return buf;
    const head = buf.subarray(0, headEnd).toString("latin1");
    const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1]);
    if (!Number.isFinite(length)) throw new Error(`response without content-length: ${head.slice(0, 200)}`);
    if (buf.length < headEnd + 4 + length) return buf;
    const body = buf.subarray(headEnd + 4, headEnd + 4 + length).toString("utf8");
    out.push({ status: Number(head.split(" ")[1]), body: JSON.parse(body) });
    buf = buf.subarray(headEnd + 4 + length);
  }
}

/**
 * POSTs the requests to `path` pipelined on one connection, written in a single write, so the server reads them all
 * in one turn of its event loop (what many clients on kept-alive connections do under load, made deterministic).
 * Answers come back in order. Gives up after `timeoutMs`.
 */
export function pipelinedPosts(baseUrl: string, path: string, requests: PipelinedPost[], timeoutMs = 10_000): Promise<PipelinedAnswer[]> {
  const { hostname, port } = new URL(baseUrl);
  const wire = requests
    .map(({ body, headers = {} }) => {
      const payload = Buffer.from(JSON.stringify(body));
      const lines = [`POST ${path} HTTP/1.1`, `host: ${hostname}:${port}`, "content-type: application/json", `content-length: ${payload.length}`];
      for (const [k, v] of Object.entries(headers)) lines.push(`${k}: ${v}`);
      return Buffer.concat([Buffer.from(lines.join("\r\n") + "\r\n\r\n"), payload]);
    })
    .reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const answers: PipelinedAnswer[] = [];
    let pending: Buffer = Buffer.alloc(0);
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(wire));
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`only ${answers.length} of ${requests.length} pipelined answers within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on("data", (chunk: Buffer) => {
      try {
        pending = takeResponses(Buffer.concat([pending, chunk]), answers);
      } catch (err) {
        socket.destroy();
        clearTimeout(timer);
        reject(err as Error);
        return;
      }
      if (answers.length === requests.length) {
        clearTimeout(timer);
        socket.end();
        resolve(answers);
      }
    });
    socket.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}
