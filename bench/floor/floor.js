// The floor the import is compared with, in the same browser on the same file: fetch the bytes, decode,
// PapaParse to arrays (main thread, no worker), then one IndexedDB transaction putting the rows packed
// 2,000 to a record into a fresh database. Nothing else: no format detection, no checks, no UI.
import Papa from 'papaparse';

const BLOCK = 2000;

function idb(req) {
  return new Promise((ok, ko) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => ko(req.error);
  });
}

window.runFloor = async (url) => {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const t0 = performance.now();
  const text = new TextDecoder('utf-8').decode(bytes);
  const parsed = Papa.parse(text, { header: false, skipEmptyLines: true });
  const rows = parsed.data.slice(1);
  const t1 = performance.now();
  const name = `bench-floor-${Date.now()}`;
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('blocks', { keyPath: 'id' });
  const db = await idb(open);
  const t2 = performance.now();
  await new Promise((ok, ko) => {
    const tx = db.transaction('blocks', 'readwrite');
    const store = tx.objectStore('blocks');
    for (let i = 0, id = 1; i < rows.length; i += BLOCK, id++)
      store.put({ id, rows: rows.slice(i, i + BLOCK) });
    tx.oncomplete = ok;
    tx.onerror = () => ko(tx.error);
    tx.onabort = () => ko(tx.error);
  });
  const t3 = performance.now();
  db.close();
  await idb(indexedDB.deleteDatabase(name)).catch(() => {});
  return { rows: rows.length, parse: t1 - t0, write: t3 - t2, total: t1 - t0 + (t3 - t2) };
};
