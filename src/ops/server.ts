import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { ConfigError } from '../config/env.js';
import { type Logger, newReferenceId } from '../log.js';
import type { Readiness } from './readiness.js';

/** The operator's endpoint: `GET /metrics` (Prometheus text) and `GET /healthz`. */
export interface OpsServer {
  /** Its base URL, `http://host:port`. */
  url: string;
  close(): Promise<void>;
}

export interface OpsServerOptions {
  host: string;
  port: number;
  registry: Registry;
  readiness: Readiness;
  logger: Logger;
}

function send(response: ServerResponse, status: number, body: string, contentType: string, headers = {}): void {
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}

const text = 'text/plain; charset=utf-8';

export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const { registry, readiness, logger } = options;
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (path !== '/metrics' && path !== '/healthz') return send(response, 404, 'not found\n', text);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return send(response, 405, 'method not allowed\n', text, { allow: 'GET, HEAD' });
    if (path === '/healthz') {
      // A load balancer or orchestrator sends work only while this is 200.
      const state = readiness.state;
      return send(response, state === 'ready' ? 200 : 503, state === 'ready' ? 'ok\n' : `${state}\n`, text);
    }
    registry.metrics().then(
      (body) => send(response, 200, body, registry.contentType),
      (error: unknown) => {
        const ref = newReferenceId();
        logger.error({ ref, err: error }, 'could not collect metrics');
        send(response, 500, `internal error (reference ${ref})\n`, text);
      },
    );
  });
  server.listen({ port: options.port, host: options.host });
  try {
    await once(server, 'listening');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new ConfigError(`OPS_PORT ${options.port} is in use on ${options.host}: set OPS_PORT to a free port.`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EACCES')
      throw new ConfigError(`cannot serve metrics on ${options.host}:${options.port} (${code}): check OPS_HOST and OPS_PORT.`);
    throw error;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;
  return {
    url: `http://${host}:${address.port}`,
    close() {
      closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}
