/*
 * The fan's ticket wallet. A key pair is made on this device (WebCrypto Ed25519; the private key
 * cannot be exported and never leaves the browser's storage), each ticket is bound to its public
 * key, and once a ticket's credential is released the page shows a QR code that changes every
 * 15 seconds: the credential plus this device's signature of the current Games time. The wallet
 * and its credentials are kept in IndexedDB so the page works without a network.
 */
(() => {
  'use strict';
  const root = document.getElementById('wallet');
  if (!root) return;
  const csrf = {header: root.dataset.csrfHeader, token: root.dataset.csrfToken};
  const text = key => root.dataset[key] || '';
  const ROTATION = 15;
  let offset = 0;
  let deviceKey;

  async function device() {
    let pair = await PodiumStore.get('device-key');
    if (!pair) {
      pair = await crypto.subtle.generateKey({name: 'Ed25519'}, false, ['sign', 'verify']);
      await PodiumStore.put('device-key', pair);
    }
    deviceKey = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    return pair;
  }

  async function fetchWallet(ownKey) {
    const response = await fetch('/api/fan/wallet', {headers: {Accept: 'application/json'}, credentials: 'same-origin'});
    if (!response.ok || !(response.headers.get('Content-Type') || '').includes('json')) throw new Error('wallet ' + response.status);
    let wallet = await response.json();
    const unbound = wallet.tickets.filter(t => t.deviceKey !== ownKey);
    for (const t of unbound) {
      await fetch(`/api/fan/wallet/tickets/${t.ticket}/device`, {
        method: 'POST', credentials: 'same-origin',
        headers: {'Content-Type': 'application/json', [csrf.header]: csrf.token},
        body: JSON.stringify({publicKey: ownKey})
      });
    }
    if (unbound.length) {
      wallet = await (await fetch('/api/fan/wallet', {headers: {Accept: 'application/json'}, credentials: 'same-origin'})).json();
    }
    wallet.fetchedAt = Date.now();
    await PodiumStore.put('wallet', wallet);
    return wallet;
  }

  const gamesNow = () => Math.floor((Date.now() + offset) / 1000);

  function render(wallet, pair) {
    offset = Date.parse(wallet.gamesNow) - wallet.fetchedAt;
    const list = root.querySelector('.wallet-tickets');
    list.replaceChildren();
    for (const t of wallet.tickets) {
      const card = document.createElement('article');
      card.className = 'wallet-ticket';
      card.dataset.ticket = t.ticket;
      const starts = new Date(t.startsAt).toLocaleString(document.documentElement.lang, {timeZone: 'Europe/Paris',
        day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit'});
      card.innerHTML = `<h2></h2><dl><dt>${text('labelEntrance')}</dt><dd class="entrance"></dd>
        <dt>${text('labelBlock')}</dt><dd class="block"></dd><dt>${text('labelRow')}</dt><dd class="row"></dd>
        <dt>${text('labelSeat')}</dt><dd class="seat-number"></dd><dt>${text('labelHolder')}</dt><dd class="holder"></dd></dl>
        <p class="hint seat-id"></p><p class="session-code"></p>
        <div class="code" role="img"></div><p class="code-status" aria-live="polite"></p>
        <p><a class="manage" href="/account/tickets/${t.ticket}/manage">${text('labelManage')}</a></p>`;
      card.querySelector('h2').textContent = `${t.title} · ${t.venue} · ${starts}`;
      card.querySelector('.session-code').textContent = t.session;
      card.querySelector('.entrance').textContent = t.entrance;
      card.querySelector('.seat-id').textContent = t.seat;
      // Seat ids read "S07-R12-05": block (section) 7, row 12, seat 5.
      const parts = /^S(\d+)-R(\d+)-(\d+)$/.exec(t.seat) || [null, '', '', t.seat];
      card.querySelector('.block').textContent = String(Number(parts[1]) || parts[1]);
      card.querySelector('.row').textContent = String(Number(parts[2]) || parts[2]);
      card.querySelector('.seat-number').textContent = String(Number(parts[3]) || parts[3]);
      card.querySelector('.holder').textContent = t.holder;
      list.append(card);
      if (t.credential) {
        rotate(card, PodiumCredential.b64decode(t.credential), pair);
      } else {
        const release = new Date(t.releasedAt).toLocaleString(document.documentElement.lang, {timeZone: 'Europe/Paris',
          day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit'});
        card.querySelector('.code-status').textContent = text('notYet').replace('{0}', release);
      }
    }
    root.querySelector('.wallet-empty').hidden = wallet.tickets.length > 0;
  }

  function rotate(card, credential, pair) {
    const box = card.querySelector('.code');
    box.setAttribute('aria-label', text('codeLabel'));
    const qr = new QRCode(box, {width: 288, height: 288, correctLevel: QRCode.CorrectLevel.L});
    let shownSlot = -1;
    const tick = async () => {
      const now = gamesNow();
      const slot = Math.floor(now / ROTATION);
      if (slot !== shownSlot) {
        shownSlot = slot;
        const signature = new Uint8Array(await crypto.subtle.sign({name: 'Ed25519'}, pair.privateKey,
          PodiumCredential.proofMessage(credential, now)));
        const code = PodiumCredential.scanText(credential, deviceKey, now, signature);
        qr.makeCode(code);
        // The box carries the label (role img); the encoder's own image is decoration inside it.
        box.querySelectorAll('img, canvas').forEach(element => element.setAttribute('alt', ''));
        box.dataset.code = code;
        box.dataset.rotations = String(Number(box.dataset.rotations || 0) + 1);
      }
      card.querySelector('.code-status').textContent = text('rotates').replace('{0}', String(ROTATION - (now % ROTATION)));
    };
    tick();
    setInterval(tick, 1000);
  }

  async function start() {
    const pair = await device();
    const ownKey = PodiumCredential.b64encode(deviceKey);
    let wallet;
    try {
      if (!navigator.onLine) throw new Error('offline');
      wallet = await fetchWallet(ownKey);
      root.dataset.source = 'network';
    } catch (e) {
      wallet = await PodiumStore.get('wallet');
      root.dataset.source = 'offline';
      root.querySelector('.wallet-offline').hidden = false;
      if (!wallet) return;
    }
    render(wallet, pair);
    root.dataset.ready = 'true';
  }

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/offline-sw.js', {scope: '/account/wallet'}).catch(() => {});
  }
  start().catch(e => {
    root.querySelector('.wallet-error').hidden = false;
    root.dataset.error = String(e);
  });
})();
