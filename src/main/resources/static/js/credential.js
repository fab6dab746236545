/*
 * Podium ticket credentials in the browser: the same layout and the same gate rules, in the same
 * order, as GateCheck.java and CredentialCodec.java (docs/modules/gates.md). WebCrypto does the
 * Ed25519 signatures and SHA-256; nothing here needs the network.
 */
const PodiumCredential = (() => {
  'use strict';
  const FORMAT = 1, FIXED = 1 + 4 + 16 + 2 + 4 + 4 + 16, SIG = 64, KEY = 32, MAX_TEXT = 64;
  const PROOF_CONTEXT = new TextEncoder().encode('PDM-PROOF-1');

  function b64encode(bytes) {
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  /** Strict: the text must be exactly how the bytes are written, or it is refused. */
  function b64decode(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
    let bin;
    try {
      bin = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((text.length + 3) % 4));
    } catch (e) {
      return null;
    }
    const bytes = Uint8Array.from(bin, c => c.charCodeAt(0));
    return b64encode(bytes) === text ? bytes : null;
  }

  function uuid(bytes) {
    const h = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  function decode(bytes) {
    if (!bytes || bytes.length < FIXED + 3 + SIG || bytes[0] !== FORMAT) return null;
    const bodyLength = bytes.length - SIG;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bodyLength);
    const c = {
      keyId: view.getInt32(1),
      ticket: uuid(bytes.subarray(5, 21)),
      version: view.getUint16(21),
      validFrom: view.getUint32(23),
      validUntil: view.getUint32(27),
      holderKey: bytes.subarray(31, 47),
    };
    let at = FIXED;
    const texts = [];
    for (let i = 0; i < 3; i++) {
      if (at >= bodyLength) return null;
      const length = bytes[at++];
      if (length === 0 || length > MAX_TEXT || at + length > bodyLength) return null;
      const field = bytes.subarray(at, at + length);
      if (field.some(b => b < 0x20 || b >= 0x7f)) return null;
      texts.push(String.fromCharCode(...field));
      at += length;
    }
    if (at !== bodyLength || c.version === 0 || c.validUntil <= c.validFrom) return null;
    [c.session, c.entrance, c.seat] = texts;
    c.body = bytes.subarray(0, bodyLength);
    c.signature = bytes.subarray(bodyLength);
    c.bytes = bytes;
    return c;
  }

  function proofMessage(credential, time) {
    const message = new Uint8Array(PROOF_CONTEXT.length + credential.length + 4);
    message.set(PROOF_CONTEXT, 0);
    message.set(credential, PROOF_CONTEXT.length);
    new DataView(message.buffer).setUint32(PROOF_CONTEXT.length + credential.length, time);
    return message;
  }

  function scanText(credential, deviceKey, time, signature) {
    const proof = new Uint8Array(4 + signature.length);
    new DataView(proof.buffer).setUint32(0, time);
    proof.set(signature, 4);
    return ['PDM1', b64encode(credential), b64encode(deviceKey), b64encode(proof)].join('.');
  }

  function parseScan(text) {
    const parts = String(text).trim().split('.');
    if (parts.length !== 4 || parts[0] !== 'PDM1') return null;
    const credential = b64decode(parts[1]), deviceKey = b64decode(parts[2]), proof = b64decode(parts[3]);
    if (!credential || !deviceKey || !proof || deviceKey.length !== KEY || proof.length !== 4 + SIG) return null;
    const decoded = decode(credential);
    if (!decoded) return null;
    return {credential: decoded, deviceKey, proofTime: new DataView(proof.buffer).getUint32(0), proofSignature: proof.subarray(4)};
  }

  async function verify(key, signature, data) {
    try {
      return await crypto.subtle.verify({name: 'Ed25519'}, key, signature, data);
    } catch (e) {
      return false;
    }
  }

  async function proofVerifies(scan) {
    let device;
    try {
      device = await crypto.subtle.importKey('raw', scan.deviceKey, {name: 'Ed25519'}, false, ['verify']);
    } catch (e) {
      return false;
    }
    return verify(device, scan.proofSignature, proofMessage(scan.credential.bytes, scan.proofTime));
  }

  async function fingerprint(deviceKey) {
    return new Uint8Array(await crypto.subtle.digest('SHA-256', deviceKey)).subarray(0, 16);
  }

  const same = (a, b) => a.length === b.length && a.every((v, i) => v === b[i]);

  /**
   * A gate's decision: {refusal, ticket, version, seat}; refusal is null when admitted.
   * gate: {session, entrance, keys: Map(keyId -> CryptoKey), revoked: Set('ticket:version'), reentries,
   * proofMaxAge, proofMaxAhead} (seconds); now in epoch seconds; entered(ticket) -> admissions here so far.
   */
  async function check(text, gate, now, entered) {
    const scan = parseScan(text);
    if (!scan) return {refusal: 'MALFORMED'};
    const c = scan.credential;
    const refused = refusal => ({refusal, ticket: c.ticket, version: c.version, seat: c.seat});
    if (c.session !== gate.session) return refused('WRONG_SESSION');
    const key = gate.keys.get(c.keyId);
    if (!key) return refused('UNKNOWN_KEY');
    if (!await verify(key, c.signature, c.body)) return refused('SIGNATURE_INVALID');
    if (gate.revoked.has(`${c.ticket}:${c.version}`)) return refused('REVOKED');
    if (now < c.validFrom) return refused('NOT_YET_VALID');
    if (now >= c.validUntil) return refused('EXPIRED');
    if (c.entrance !== gate.entrance) return refused('WRONG_ENTRANCE');
    if (!same(await fingerprint(scan.deviceKey), c.holderKey)) return refused('HOLDER_KEY_MISMATCH');
    if (!await proofVerifies(scan)) return refused('PROOF_INVALID');
    if (scan.proofTime > now + gate.proofMaxAhead) return refused('PROOF_FROM_FUTURE');
    if (scan.proofTime < now - gate.proofMaxAge) return refused('PROOF_EXPIRED');
    if (entered(c.ticket) > gate.reentries) return refused('ALREADY_ENTERED');
    return {refusal: null, ticket: c.ticket, version: c.version, seat: c.seat};
  }

  return {b64encode, b64decode, uuid, verify, decode, parseScan, proofMessage, scanText, check};
})();
