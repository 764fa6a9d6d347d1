/**
 * The reference endpoint for bench/http.ts, built the way Discord's own example app does it:
 * express with discord-interactions' verifyKeyMiddleware, answering a plain message.
 * Run as its own process: PUBLIC_KEY and PORT come from the environment.
 */
import { InteractionResponseType, InteractionType, verifyKeyMiddleware } from 'discord-interactions';
import express from 'express';

const app = express();
app.post('/interactions', verifyKeyMiddleware(process.env.PUBLIC_KEY ?? ''), (request, response) => {
  if (request.body.type === InteractionType.PING) {
    response.send({ type: InteractionResponseType.PONG });
    return;
  }
  response.send({ type: InteractionResponseType.CHANNEL_MESSAGE_WITH_SOURCE, data: { content: 'hello world' } });
});
app.get('/healthz', (_request, response) => {
  response.send('ok');
});
app.listen(Number(process.env.PORT), '127.0.0.1');
