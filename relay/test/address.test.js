// Which addresses the relay refuses to reach, in every form DNS and the URL parser hand it.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isIpLiteral, isRefusedAddress } from '../address.js';

describe('isRefusedAddress', () => {
  const refused = {
    'IPv4 this-network': '0.0.0.0',
    'IPv4 private 10/8': '10.1.2.3',
    'IPv4 shared (CGNAT)': '100.64.0.1',
    'IPv4 loopback': '127.0.0.1',
    'IPv4 loopback, far end': '127.255.255.254',
    'IPv4 link-local (cloud metadata)': '169.254.169.254',
    'IPv4 private 172.16/12': '172.31.255.255',
    'IPv4 private 192.168/16': '192.168.0.1',
    'IPv4 documentation': '203.0.113.7',
    'IPv4 benchmarking': '198.19.0.1',
    'IPv4 multicast': '224.0.0.1',
    'IPv4 reserved': '240.0.0.1',
    'IPv4 broadcast': '255.255.255.255',
    'IPv6 unspecified': '::',
    'IPv6 loopback': '::1',
    'IPv6 loopback, bracketed as in a URL': '[::1]',
    'IPv6 loopback, written out': '0:0:0:0:0:0:0:1',
    'IPv4-mapped loopback, dotted': '::ffff:127.0.0.1',
    'IPv4-mapped loopback, as the URL parser writes it': '[::ffff:7f00:1]',
    'IPv4-mapped private': '::ffff:10.0.0.1',
    'IPv4-compatible (deprecated)': '::127.0.0.1',
    'NAT64 of link-local': '64:ff9b::a9fe:a9fe',
    '6to4 of private': '2002:c0a8:0101::1',
    'IPv6 unique local': 'fd12:3456::1',
    'IPv6 link-local with zone': 'fe80::1%eth0',
    'IPv6 site-local (deprecated)': 'fec0::1',
    'IPv6 multicast': 'ff02::1',
    'IPv6 documentation': '2001:db8::1',
    'IPv6 documentation (3fff::/20)': '3fff:0fff::1',
    Teredo: '2001:0:4136:e378::1',
    'not an address': 'example.com',
    'five parts': '1.2.3.4.5',
    'too many groups': '1:2:3:4:5:6:7:8:9',
  };
  for (const [name, address] of Object.entries(refused)) {
    it(`refuses ${name}: ${address}`, () => assert.equal(isRefusedAddress(address), true));
  }

  const allowed = {
    'public IPv4': '93.184.215.14',
    'public IPv4 next to 172.16/12': '172.32.0.1',
    'public IPv4 next to 100.64/10': '100.128.0.1',
    'public IPv6': '2606:4700:4700::1111',
    'IPv4-mapped public': '::ffff:8.8.8.8',
    'NAT64 of public': '64:ff9b::808:808',
    '6to4 of public': '2002:0808:0808::1',
  };
  for (const [name, address] of Object.entries(allowed)) {
    it(`allows ${name}: ${address}`, () => assert.equal(isRefusedAddress(address), false));
  }

  it('tells IP literals from names', () => {
    assert.equal(isIpLiteral('127.0.0.1'), true);
    assert.equal(isIpLiteral('[::1]'), true);
    assert.equal(isIpLiteral('cbr.ru'), false);
  });
});
