// For test/feeds/relay.test.ts: a feed host on another origin that sends no CORS headers (as most RSS hosts
// and central banks do) and a news-widgets relay in front of it, both on loopback for the whole run.
// `GET /__relay` tells the page their addresses and the feeds the relay has been asked for.
import { startRelay } from '../../relay/node/server.js';
import { startUpstream } from '../../relay/test-support/upstream.js';

export function relayServerPlugin() {
  /** @type {Awaited<ReturnType<typeof startUpstream>> | undefined} */ let upstream;
  /** @type {Awaited<ReturnType<typeof startRelay>> | undefined} */ let relay;
  /** @type {string[]} */ const asked = [];
  return {
    name: 'news-widgets-relay',
    async serverStart() {
      upstream = await startUpstream();
      relay = await startRelay({
        port: 0,
        allow: [upstream.host],
        // The upstream is on loopback, which a real relay refuses.
        allowPrivate: true,
        perMinute: 0,
        log: (line) => line.url && asked.push(line.url),
      });
    },
    async serverStop() {
      await relay?.close();
      await upstream?.close();
    },
    /** @param {{ path: string }} context */
    serve(context) {
      if (context.path !== '/__relay') return undefined;
      const body = { relay: relay?.url, upstream: upstream?.origin, asked };
      return { body: JSON.stringify(body), type: 'application/json' };
    },
  };
}
