/* A tiny key-value store in IndexedDB: it keeps CryptoKeys (not extractable) as well as JSON. */
const PodiumStore = (() => {
  'use strict';
  let opened;
  function db() {
    opened = opened || new Promise((resolve, reject) => {
      const request = indexedDB.open('podium', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('kv');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    return opened;
  }
  async function run(mode, action) {
    const store = (await db()).transaction('kv', mode).objectStore('kv');
    return new Promise((resolve, reject) => {
      const request = action(store);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  return {
    get: key => run('readonly', s => s.get(key)),
    put: (key, value) => run('readwrite', s => s.put(value, key)),
  };
})();
