// The relay's upstream fetch in Node: node:http(s) with a DNS lookup that refuses private, loopback,
// link-local, multicast and reserved addresses. The check sits in the lookup the socket connects with, so the
// address checked is the address used: a name that resolves to a public address for a check and to 127.0.0.1
// for the connection (DNS rebinding) cannot slip between the two. (Node's global fetch takes no lookup.)
import { lookup as dnsLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { isRefusedAddress } from '../address.js';
import { RelayError } from '../errors.js';

const agents = {
  'http:': new http.Agent({ keepAlive: true, maxSockets: 64 }),
  'https:': new https.Agent({ keepAlive: true, maxSockets: 64 }),
};

/** A `lookup` for sockets that fails, naming the host, when any address the name resolves to is refused. */
function guardedLookup(hostname, options, callback) {
  dnsLookup(hostname, { ...options, all: true }, (error, found) => {
    if (error) return callback(error);
    const addresses = /** @type {import('node:dns').LookupAddress[]} */ (
      /** @type {unknown} */ (found)
    );
    const refused = addresses.find(({ address }) => isRefusedAddress(address));
    if (refused) {
      return callback(
        new RelayError(
          403,
          'forbidden',
          `${hostname} resolves to ${refused.address}, a private or reserved address`,
        ),
      );
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

const NO_BODY = new Set([101, 204, 205, 304]);

// Compressed answers are asked for (less to download) and unpacked here, as browsers and Workers' fetch do,
// so the relay keeps, caps and serves the feed's own bytes. The cap then counts unpacked bytes: a small
// compressed bomb is stopped like a large feed.
const ACCEPT_ENCODING = 'gzip, deflate, br';
const UNPACK = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** The body as a web stream, unpacked when the upstream compressed it; throws on an encoding it cannot read. */
function bodyOf(response, headers) {
  const encoding = (headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return Readable.toWeb(response);
  // What reaches the handler is the unpacked body, whose length no header tells.
  headers.delete('content-encoding');
  headers.delete('content-length');
  const unpack = UNPACK[encoding];
  if (!unpack) throw new Error(`the feed came in an encoding the relay cannot read: ${encoding}`);
  const unpacked = response.pipe(unpack());
  // An upstream that drops the connection mid-body fails the unpacked stream too.
  response.on('error', (error) => unpacked.destroy(error));
  return Readable.toWeb(unpacked);
}

/**
 * A `fetch` for the handler's upstream trips: GET only, redirects never followed (the handler does that,
 * checking each target), no cookies kept. `allowPrivate` drops the address check (local testing only).
 * @param {{ allowPrivate?: boolean }} [options]
 * @returns {(url: string, init: RequestInit) => Promise<Response>}
 */
export function guardedFetch({ allowPrivate = false } = {}) {
  return (url, init) =>
    new Promise((resolve, reject) => {
      const target = new URL(url);
      const client = target.protocol === 'https:' ? https : http;
      const request = client.request(target, {
        method: 'GET',
        headers: {
          .../** @type {Record<string, string>} */ (init.headers),
          'accept-encoding': ACCEPT_ENCODING,
        },
        agent: agents[target.protocol],
        ...(allowPrivate ? {} : { lookup: guardedLookup }),
        signal: init.signal ?? undefined,
      });
      request.on('error', reject);
      request.on('response', (response) => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (name === 'set-cookie' || value === undefined) continue;
          try {
            headers.set(name, Array.isArray(value) ? value.join(', ') : value);
          } catch {
            // A header value fetch would refuse; the relay keeps only a few well-formed ones anyway.
          }
        }
        const status = response.statusCode ?? 502;
        if (status < 200 || status > 599) {
          response.destroy();
          return reject(new Error(`status ${status}`));
        }
        if (NO_BODY.has(status)) {
          response.resume();
          return resolve(
            new Response(null, { status, statusText: response.statusMessage, headers }),
          );
        }
        try {
          const body = /** @type {ReadableStream} */ (bodyOf(response, headers));
          resolve(new Response(body, { status, statusText: response.statusMessage, headers }));
        } catch (error) {
          response.destroy();
          reject(error);
        }
      });
      request.end();
    });
}
