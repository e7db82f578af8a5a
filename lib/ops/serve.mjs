// npm start: the production server. It is `next start` plus one thing Next
// does not do: it owns the client's address. Next fills X-Forwarded-For from
// the socket only when a request has none, so a client could choose its own
// address and a fresh per-IP rate-limit budget with every request. Here the
// address is decided from the socket and TRUSTED_PROXY_HOPS (client-address.mjs)
// and handed to the app in a header the client cannot set.
import { createServer } from "node:http";
import next from "next";
import { readEnv } from "../env.mjs";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "./client-address.mjs";

const env = readEnv();
const port = Number(process.env.PORT ?? 3000);
// Tells the app (same process) that the address header comes from here, not from a client.
process.env.TRADEOFF_CLIENT_ADDRESS = "server";

const app = next({ dev: false, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((request, response) => {
  request.headers[CLIENT_ADDRESS_HEADER] = clientAddress({
    socketAddress: request.socket.remoteAddress,
    forwardedFor: request.headers["x-forwarded-for"],
    hops: env.TRUSTED_PROXY_HOPS,
  });
  void handle(request, response);
});
// Every interface, IPv4 and IPv6, as `next start` listens by default.
server.listen(port, () => console.log(`Tradeoff ready on http://localhost:${port}`));

// Stop cleanly (finish open requests, release the embedded database's lock) when asked to.
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
