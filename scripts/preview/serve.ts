import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** The address the preview is served on: this machine only. */
export const HOST = "127.0.0.1";

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, HOST, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

/**
 * Serve a built preview on http://127.0.0.1 with sirv (a small, maintained static server); "/"
 * opens the preview. The wanted port, else the next free ones, else any free port.
 */
export async function servePreview(dir: string, wanted = 0): Promise<Served> {
  const files = sirv(dir, {
    dev: true,
    setHeaders: (res) => res.setHeader("X-Content-Type-Options", "nosniff"),
  });
  const server = createServer((req, res) => {
    if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(302, { Location: "/preview.html" });
      res.end();
      return;
    }
    files(req, res, () => {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Not found · 找不到");
    });
  });
  const ports = wanted ? [...Array.from({ length: 10 }, (_, i) => wanted + i), 0] : [0];
  for (const port of ports) {
    try {
      await listen(server, port);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EADDRINUSE" || port === 0) throw error;
    }
  }
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
