/**
 * The floor for bench/http.ts: the bot's own signature check on a bare node:http server that answers
 * every verified interaction with the same ready-made reply, the size of an average `/xen-news`
 * answer. No parsing beyond JSON, no handler, no logging: what any endpoint on this machine pays
 * before doing its own work. Run as its own process: PUBLIC_KEY, REPLY_BYTES and PORT come from the
 * environment.
 */
import { createServer } from 'node:http';
import { createSignatureVerifier } from '../src/transports/http/verify.js';

const verifier = createSignatureVerifier(process.env.PUBLIC_KEY ?? '');
await verifier.ready;
const reply = JSON.stringify({ type: 4, data: { content: 'x'.repeat(Number(process.env.REPLY_BYTES ?? 1600)) } });

createServer((request, response) => {
  if (request.url === '/healthz') {
    response.end('ok');
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', async () => {
    const body = Buffer.concat(chunks);
    const signature = String(request.headers['x-signature-ed25519']);
    const timestamp = String(request.headers['x-signature-timestamp']);
    if (!(await verifier.verify(signature, timestamp, body))) {
      response.writeHead(401).end();
      return;
    }
    JSON.parse(body.toString('utf8'));
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) }).end(reply);
  });
}).listen(Number(process.env.PORT), '127.0.0.1');
