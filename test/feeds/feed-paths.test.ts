// The test server serves the feed paths Storybook and the demo use (scripts/feed-paths.js), so a story reused
// as a test fixture asks for the same files, with the same fault switches, as it does in Storybook.
import { expect } from '@open-wc/testing';

const countOf = async (url: string) =>
  ((await (await fetch(`/__requests?url=${encodeURIComponent(url)}`)).json()) as { count: number })
    .count;

describe('feed paths', () => {
  it('serves /feeds/ and /fixtures/ from demo/feeds/ and test/fixtures/', async () => {
    for (const [path, folder] of [
      ['/feeds/rates.json', '/demo/feeds/rates.json'],
      ['/fixtures/rates/own.json', '/test/fixtures/rates/own.json'],
    ]) {
      const [mapped, direct] = await Promise.all([fetch(path), fetch(folder)]);
      expect(mapped.status, path).to.equal(200);
      expect(await mapped.text(), path).to.equal(await direct.text());
    }
  });

  it('applies the fault switches and counts requests under the file they reach', async () => {
    const url = '/feeds/rates.json?status=503&feed-paths-test=1';
    const before = await countOf(url);
    expect((await fetch(url)).status).to.equal(503);
    expect(await countOf(url)).to.equal(before + 1);
    expect(await countOf('/demo/feeds/rates.json?status=503&feed-paths-test=1')).to.equal(
      before + 1,
    );
  });
});
