/*
 * The gate scanner. It downloads the session's bundle (public keys, revocation list, entry rule,
 * Games time) while online, then decides every code locally with PodiumCredential.check: green or
 * red with the reason, in a few milliseconds, network or not. Every scan is kept on the device
 * with a nonce and uploaded when the network is back; the server counts each nonce once.
 * In zone mode (data-mode="zone", accreditation checkpoints) it reads accreditation cards
 * instead: the card keys and revocation list of the accreditation centre, PodiumCard.check for a
 * venue's zone; the same bundle cycle, the same offline behaviour.
 */
(() => {
  'use strict';
  const root = document.getElementById('scanner');
  if (!root) return;
  const zoneMode = root.dataset.mode === 'zone';
  const session = root.dataset.session, gate = root.dataset.gate || '', entrance = gate.charAt(0);
  const venue = root.dataset.venue, zone = Number(root.dataset.zone);
  const csrf = {header: root.dataset.csrfHeader, token: root.dataset.csrfToken};
  const storeKey = zoneMode ? `checkpoint:${venue}:${zone}` : `scanner:${session}:${gate}`;
  const bundleUrl = zoneMode ? '/staff/accreditation/checkpoint/api/bundle'
    : `/staff/gates/api/sessions/${encodeURIComponent(session)}/bundle`;
  const state = JSON.parse(localStorage.getItem(storeKey) || 'null') || {entered: {}, pending: [], bundle: null, syncedAt: 0};
  state.device = state.device || (localStorage.getItem('scanner-device') || crypto.randomUUID());
  localStorage.setItem('scanner-device', state.device);
  const timings = [];
  let gateRules = null;

  const save = () => localStorage.setItem(storeKey, JSON.stringify(state));
  const nowSeconds = () => Math.floor((Date.now() + (state.offset || 0)) / 1000);
  const label = key => (root.querySelector(`[data-reason-text="${key}"]`) || {}).textContent || key;

  const importKey = b64 => crypto.subtle.importKey('raw', PodiumCredential.b64decode(b64), {name: 'Ed25519'}, false, ['verify']);

  /** Zone mode: card keys by id, and per card the version below which it is refused (a later entry replaces an earlier one). */
  async function useCheckpointBundle(bundle, fetchedAt) {
    const keys = new Map();
    for (const [id, key] of Object.entries(bundle.keys)) keys.set(Number(id), await importKey(key));
    const known = gateRules ? gateRules.revokedBelow : new Map(state.revokedBelow || []);
    const revokedBelow = new Map(known);
    for (const r of bundle.revocations) {
      if (gateRules && r.below > (known.get(r.card) || 0)) {
        root.dataset.lastRevocationMs = String(Date.now() - Date.parse(r.at));
      }
      revokedBelow.set(r.card, r.below);
    }
    state.revokedBelow = [...revokedBelow];
    state.since = bundle.at;
    gateRules = {keys, revokedBelow, venue, zone};
    state.offset = Date.parse(bundle.gamesTime) - fetchedAt;
    root.dataset.revoked = String(revokedBelow.size);
    root.dataset.ready = 'true';
  }

  async function useBundle(bundle, fetchedAt) {
    if (zoneMode) return useCheckpointBundle(bundle, fetchedAt);
    const keys = new Map();
    for (const k of bundle.keys) {
      keys.set(k.keyId, await crypto.subtle.importKey('raw', PodiumCredential.b64decode(k.publicKey), {name: 'Ed25519'}, false, ['verify']));
    }
    // A complete bundle replaces the list; a later one adds what was revoked since the last sync.
    const known = gateRules ? gateRules.revoked : new Set(state.revoked || []);
    const revoked = bundle.complete ? new Set() : new Set(known);
    for (const r of bundle.revoked) {
      // How long each revocation took to reach this scanner, from the moment the server recorded it.
      if (!known.has(r.key) && gateRules) {
        root.dataset.lastRevocationMs = String(Date.now() - Date.parse(r.revokedAt));
      }
      revoked.add(r.key);
    }
    state.revoked = [...revoked];
    state.since = bundle.issuedAt;
    gateRules = {session, entrance, keys, revoked, reentries: bundle.reentries,
      proofMaxAge: bundle.proofMaxAgeSeconds, proofMaxAhead: bundle.proofMaxAheadSeconds};
    state.offset = Date.parse(bundle.gamesNow) - fetchedAt;
    root.dataset.revoked = String(revoked.size);
    root.dataset.ready = 'true';
  }

  async function sync() {
    try {
      const fetchedAt = Date.now();
      // One second of overlap: a revocation recorded while the last answer was written is not missed.
      const since = state.since ? '?since=' + encodeURIComponent(new Date(Date.parse(state.since) - 1000).toISOString()) : '';
      const response = await fetch(bundleUrl + since,
        {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
      if (!response.ok || !(response.headers.get('Content-Type') || '').includes('json')) throw new Error(String(response.status));
      state.bundle = await response.json();
      state.syncedAt = fetchedAt;
      await useBundle(state.bundle, fetchedAt);
      await upload();
      online(true);
    } catch (e) {
      online(false);
    }
    save();
  }

  async function upload() {
    if (!state.pending.length) return;
    const batch = state.pending.slice(0, 500);
    const url = zoneMode ? '/staff/accreditation/checkpoint/api/scans' : `/staff/gates/api/sessions/${encodeURIComponent(session)}/scans`;
    const response = await fetch(url, {
      method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', Accept: 'application/json', [csrf.header]: csrf.token},
      body: JSON.stringify(batch)
    });
    if (!response.ok) throw new Error(String(response.status));
    const sent = new Set(batch.map(s => s.nonce));
    state.pending = state.pending.filter(s => !sent.has(s.nonce));
  }

  function online(yes) {
    root.dataset.online = String(yes);
    root.querySelector('.scanner-network').textContent = yes ? root.dataset.textOnline : root.dataset.textOffline;
    root.querySelector('.scanner-pending').textContent = root.dataset.textPending.replace('{0}', String(state.pending.length));
    root.dataset.pending = String(state.pending.length);
  }

  async function scan(code) {
    if (!gateRules) return;
    const started = performance.now();
    const decision = await decide(code);
    const took = performance.now() - started;
    timings.push(took);
    if (zoneMode) {
      state.pending.push({nonce: crypto.randomUUID(), venue, zone, device: state.device, card: decision.card || null,
        version: decision.version || null, decision: decision.refusal ? 'REFUSED' : 'ADMITTED', reason: decision.refusal,
        scannedAt: new Date(nowSeconds() * 1000).toISOString()});
    } else {
      if (!decision.refusal) state.entered[decision.ticket] = (state.entered[decision.ticket] || 0) + 1;
      state.pending.push({nonce: crypto.randomUUID(), gate, device: state.device, ticket: decision.ticket || null,
        version: decision.version || null, decision: decision.refusal ? 'REFUSED' : 'ADMITTED', reason: decision.refusal,
        scannedAt: new Date(nowSeconds() * 1000).toISOString()});
    }
    save();
    show(decision, took);
    online(root.dataset.online === 'true');
    if (navigator.onLine) upload().then(() => { save(); online(true); }).catch(() => online(false));
  }

  function show(decision, took) {
    const panel = root.querySelector('.scanner-decision');
    panel.className = 'scanner-decision ' + (decision.refusal ? 'red' : 'green');
    panel.dataset.decision = decision.refusal ? 'REFUSED' : 'ADMITTED';
    panel.dataset.reason = decision.refusal || '';
    panel.querySelector('.verdict').textContent = decision.refusal ? root.dataset.textRefused : root.dataset.textAdmitted;
    panel.querySelector('.why').textContent = decision.refusal ? label(decision.refusal) : (decision.seat || decision.category || '');
    root.dataset.decisionMs = took.toFixed(2);
  }

  root.querySelector('form').addEventListener('submit', event => {
    event.preventDefault();
    const input = root.querySelector('input[name=code]');
    const code = input.value;
    input.value = '';
    scan(code);
  });

  // Cameras that read QR codes natively (BarcodeDetector) feed the same path as a handheld reader.
  const camera = root.querySelector('.scanner-camera');
  if ('BarcodeDetector' in window && camera) {
    camera.hidden = false;
    camera.addEventListener('click', async () => {
      const video = root.querySelector('video');
      video.hidden = false;
      video.srcObject = await navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}});
      await video.play();
      const detector = new BarcodeDetector({formats: ['qr_code']});
      let last = '';
      setInterval(async () => {
        const codes = await detector.detect(video).catch(() => []);
        if (codes.length && codes[0].rawValue !== last) {
          last = codes[0].rawValue;
          scan(last);
        }
      }, 250);
    });
  }

  /** For the tests and the benchmark page: the decision times measured here, in milliseconds. */
  function decide(code) {
    return zoneMode ? PodiumCard.check(code, gateRules, nowSeconds())
      : PodiumCredential.check(code, gateRules, nowSeconds(), t => state.entered[t] || 0);
  }
  window.podiumScanner = {timings, scan, check: decide};

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/offline-sw.js', {scope: zoneMode ? '/staff/accreditation/checkpoint' : '/staff/gates/scanner'})
      .catch(() => {});
  }
  (state.bundle ? useBundle(state.bundle, state.syncedAt) : Promise.resolve()).then(sync);
  if (zoneMode && 'EventSource' in window) {
    // Checkpoints hear of a revocation when it is committed (pushed), and sync when their stream
    // opens again after a break; the slow poll is only a safety net.
    const stream = new EventSource('/staff/accreditation/checkpoint/api/stream');
    stream.addEventListener('revocations', sync);
    stream.addEventListener('open', sync);
    stream.addEventListener('error', () => { online(false); save(); });
    window.addEventListener('online', sync);
    window.addEventListener('offline', () => { online(false); save(); });
    setInterval(sync, 15000);
  } else {
    setInterval(sync, 2000);
  }
})();
