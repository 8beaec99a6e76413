// Bytes to text the way a feed reader must: feeds in windows-1251, ISO-8859-x and GB2312 are still common.

function decoder(label: string | undefined): TextDecoder | undefined {
  try {
    // TextDecoder trims the label's whitespace itself (Encoding, "get an encoding").
    return label ? new TextDecoder(label) : undefined;
  } catch {
    return undefined; // A label TextDecoder does not know.
  }
}

/**
 * Decodes a response body. A body that is valid UTF-8 with letters beyond ASCII is UTF-8, whatever it is
 * labelled: text in a legacy encoding is almost never valid UTF-8 by chance, and this catches the common wrong
 * label (a server that calls every file ISO-8859-1, a feed re-encoded to UTF-8 that still declares
 * windows-1251), as feedparser does when the declared encoding fails. Otherwise a byte-order mark wins, then the
 * `charset` of the Content-Type, then the XML declaration's `encoding` (RFC 7303 §3.2 order), else UTF-8.
 */
export function decode(bytes: Uint8Array, contentType: string, utf8 = utf8Reader(bytes)()): string {
  // A UTF-16 byte-order mark (FE FF, FF FE) is never valid UTF-8, so it is not overruled here.
  if (utf8 !== null && /[^\0-\x7F]/.test(utf8)) return utf8;
  // Byte-order marks by their first two bytes, read as one number.
  const boms: Partial<Record<number, string>> = {
    0xefbb: 'utf-8',
    0xfeff: 'utf-16be',
    0xfffe: 'utf-16le',
  };
  const bom = boms[(bytes[0] << 8) | bytes[1]];
  // The declaration is ASCII in every encoding a feed may use, so the first bytes read as Latin-1 are enough.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([^"']+)["']/.exec(head)?.[1];
  const charset = /;\s*charset\s*=\s*["']?([^;"']+)/i.exec(contentType)?.[1];
  const chosen = decoder(bom) ?? decoder(charset) ?? decoder(declared) ?? new TextDecoder();
  // ASCII reads the same in every encoding but these, so text already decoded as it arrived is the answer,
  // and a big body is not decoded again in one long task.
  if (utf8 !== null && !/^(?:utf-16|iso-2022-jp)/.test(chosen.encoding)) return utf8;
  return chosen.decode(bytes);
}

/**
 * Reads a body as UTF-8 a chunk at a time, as it arrives (`first`, then each call's), so that a big one never
 * takes one long task to decode. Called without a chunk, ends the body and gives its text, or null when it is
 * not valid UTF-8 (cut inside a character included).
 */
export function utf8Reader(first?: Uint8Array): (chunk?: Uint8Array) => string | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string | null = '';
  const read = (chunk?: Uint8Array) => {
    try {
      if (text !== null) text += decoder.decode(chunk, { stream: !!chunk });
    } catch {
      text = null;
    }
    return text;
  };
  if (first) read(first);
  return read;
}
