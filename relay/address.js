// Which IP addresses a relay may connect to: public unicast only. Everything else (private, loopback,
// link-local, shared, multicast, documentation, reserved) is where an attacker would aim a relay, at the
// machine it runs on or the network behind it (server-side request forgery).

/** IPv4 blocks that are not public unicast, as [first octets…, prefix length] (RFC 6890 and its updates). */
const IPV4_REFUSED = [
  [0, 8], // "this network"
  [10, 8], // private
  [100, 64, 10], // shared address space (carrier-grade NAT)
  [127, 8], // loopback
  [169, 254, 16], // link-local, where cloud metadata services answer
  [172, 16, 12], // private
  [192, 0, 0, 24], // IETF protocol assignments
  [192, 0, 2, 24], // documentation
  [192, 88, 99, 24], // 6to4 relay anycast (deprecated)
  [192, 168, 16], // private
  [198, 18, 15], // benchmarking
  [198, 51, 100, 24], // documentation
  [203, 0, 113, 24], // documentation
  [224, 4], // multicast
  [240, 4], // reserved, and 255.255.255.255 broadcast
];

/** `a.b.c.d` as a 32-bit number, or undefined when it is not a dotted-decimal IPv4 address. */
function ipv4Number(text) {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && +part < 256)) {
    return undefined;
  }
  return parts.reduce((sum, part) => sum * 256 + Number(part), 0);
}

function ipv4Refused(value) {
  return IPV4_REFUSED.some((block) => {
    const octets = block.slice(0, -1);
    const bits = block[block.length - 1];
    const base = [0, 1, 2, 3].reduce((sum, i) => sum * 256 + (octets[i] ?? 0), 0);
    const size = 2 ** (32 - bits);
    return value >= base && value < base + size;
  });
}

/** An IPv6 address as eight 16-bit groups (a dotted IPv4 tail allowed), or undefined when it is not one. */
function ipv6Groups(text) {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (half) => {
    if (!half) return [];
    const parts = half.split(':');
    const tail = parts.at(-1);
    if (tail.includes('.')) {
      const v4 = ipv4Number(tail);
      if (v4 === undefined) return undefined;
      parts.splice(-1, 1, (v4 >>> 16).toString(16), (v4 & 0xffff).toString(16));
    }
    if (!parts.every((part) => /^[\da-f]{1,4}$/i.test(part))) return undefined;
    return parts.map((part) => parseInt(part, 16));
  };
  const head = groupsOf(halves[0]);
  const rest = halves.length === 2 ? groupsOf(halves[1]) : [];
  if (!head || !rest) return undefined;
  const missing = 8 - head.length - rest.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  return [...head, ...Array(missing).fill(0), ...rest];
}

function ipv6Refused(groups) {
  const [a, b] = groups;
  const embeddedV4 = (high, low) => high * 65536 + low;
  const zeros = (from, to) => groups.slice(from, to).every((group) => group === 0);
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the IPv4 address inside them.
  if (zeros(0, 5) && groups[5] === 0xffff) return ipv4Refused(embeddedV4(groups[6], groups[7]));
  if (a === 0x64 && b === 0xff9b && zeros(2, 6)) {
    return ipv4Refused(embeddedV4(groups[6], groups[7]));
  }
  // 6to4 (2002:a.b.c.d::) likewise.
  if (a === 0x2002) return ipv4Refused(embeddedV4(b, groups[2]));
  // Only global unicast (2000::/3) is public; inside it, refuse the special blocks.
  if ((a & 0xe000) !== 0x2000) return true; // ::, ::1, IPv4-compatible, fc00::/7, fe80::/10, ff00::/8…
  if (a === 0x2001 && b < 0x200) return true; // 2001::/23 protocol assignments (Teredo included)
  if (a === 0x2001 && b === 0xdb8) return true; // documentation
  if ((a & 0xfff0) === 0x3ff0) return true; // 3fff::/20 documentation
  return false;
}

/**
 * Whether `address` (an IP address as the URL parser or DNS gives it: `203.0.113.9`, `2001:db8::1`,
 * `[::1]`, `fe80::1%eth0`) is one a relay must not reach. Anything that does not parse is refused too.
 */
export function isRefusedAddress(address) {
  const text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v4 = ipv4Number(text);
  if (v4 !== undefined) return ipv4Refused(v4);
  const groups = ipv6Groups(text);
  return groups ? ipv6Refused(groups) : true;
}

/** Whether a URL's hostname is an IP address literal rather than a name (IPv6 comes bracketed). */
export function isIpLiteral(hostname) {
  return hostname.startsWith('[') || ipv4Number(hostname) !== undefined;
}
