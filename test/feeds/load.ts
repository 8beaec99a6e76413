// Fetches a fixture over real HTTP from the test server into the FeedDocument the adapters read.
import type { FeedDocument } from '../../src/feeds/types.js';

export const FIXTURES = '/test/fixtures/feeds/';

export async function load(path: string): Promise<FeedDocument> {
  const url = new URL(FIXTURES + path, location.href).href;
  const response = await fetch(url);
  return {
    url,
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    headers: response.headers,
    text: await response.text(),
  };
}
