/*
 * Accreditation cards at checkpoints, in the browser: the layout of CardCredential.java and the
 * rules of Checkpoint.java, in the same order (docs/modules/accreditation.md). Reuses the ticket
 * credentials' base64url and WebCrypto Ed25519 (credential.js); nothing here needs the network.
 */
const PodiumCard = (() => {
  'use strict';
  const FORMAT = 0x41, FIXED = 1 + 4 + 16 + 2 + 4 + 4, TEXTS = 5, SIG = 64;

  function read(text) {
    const t = String(text).trim();
    if (!t.startsWith('PDA1.')) return null;
    const bytes = PodiumCredential.b64decode(t.slice(5));
    if (!bytes || bytes.length < FIXED + TEXTS + SIG || bytes[0] !== FORMAT) return null;
    const bodyLength = bytes.length - SIG;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bodyLength);
    const c = {keyId: view.getInt32(1), card: PodiumCredential.uuid(bytes.subarray(5, 21)), version: view.getUint16(21),
      validFrom: view.getUint32(23), validUntil: view.getUint32(27)};
    let at = FIXED;
    const texts = [];
    for (let i = 0; i < TEXTS; i++) {
      if (at >= bodyLength) return null;
      const length = bytes[at++];
      if (length === 0 || at + length > bodyLength) return null;
      const field = bytes.subarray(at, at + length);
      if (field.some(b => b < 0x20 || b >= 0x7f)) return null;
      texts.push(String.fromCharCode(...field));
      at += length;
    }
    if (at !== bodyLength || c.version === 0 || c.validUntil <= c.validFrom) return null;
    [c.organisation, c.category, c.venues, c.zones, c.others] = texts;
    c.body = bytes.subarray(0, bodyLength);
    c.signature = bytes.subarray(bodyLength);
    return c;
  }

  /**
   * A checkpoint's decision: {refusal, card, version, category}; refusal null when admitted.
   * point: {keys: Map(keyId -> CryptoKey), revokedBelow: Map(card -> version), venue, zone}; now in epoch seconds.
   */
  async function check(text, point, now) {
    const c = read(text);
    if (!c) return {refusal: 'UNREADABLE'};
    const refused = refusal => ({refusal, card: c.card, version: c.version, category: c.category});
    const key = point.keys.get(c.keyId);
    if (!key) return refused('UNKNOWN_KEY');
    if (!await PodiumCredential.verify(key, c.signature, c.body)) return refused('BAD_SIGNATURE');
    if (now < c.validFrom) return refused('NOT_YET_VALID');
    if (now >= c.validUntil) return refused('EXPIRED');
    if (c.version < (point.revokedBelow.get(c.card) || 0)) return refused('REVOKED');
    // An upgrade pass opens only with its card active: every version of that card is listed when it is not.
    if (c.category === 'UPG' && c.others.startsWith('CARD ') && (point.revokedBelow.get(c.others.slice(5)) || 0) >= 0x10000) {
      return refused('REVOKED');
    }
    if (c.venues !== 'ALL' && !c.venues.split(' ').includes(point.venue)) return refused('VENUE_NOT_ALLOWED');
    if (!c.zones.split(' ').includes(String(point.zone))) return refused('ZONE_NOT_ALLOWED');
    return {refusal: null, card: c.card, version: c.version, category: c.category};
  }

  return {read, check};
})();
