// The relay's refusals and failures: each has the HTTP status it is answered with and a kind a script can test.

export class RelayError extends Error {
  /**
   * @param {number} status
   * @param {'bad-request' | 'forbidden' | 'not-found' | 'method' | 'too-large' | 'rate-limited' | 'upstream' | 'timeout'} kind
   * @param {string} message a sentence a webmaster can act on
   */
  constructor(status, kind, message) {
    super(message);
    this.status = status;
    this.kind = kind;
  }
}
