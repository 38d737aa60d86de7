/*
 * The one scan listener of every kiosk screen (loaded by KioskLayout as a static resource, so Vaadin
 * keeps its pre-compiled bundle; also put into every page's <head> by KioskServiceInit, so a kiosk
 * replays its offline queue as soon as a page loads, before and independently of Vaadin).
 *
 * A keyboard-wedge scanner is a keyboard that types very fast: the printed code, then a terminator
 * (Enter, Tab, CR, LF or CR+LF, depending on the scanner's setting), sometimes with an AIM prefix,
 * Code 39 stars or STX/ETX control characters around it. This listener hears it on every screen
 * without a tap: it buffers keystrokes from the first character (whatever has focus, even while the
 * next screen is still coming), ends the scan at any terminator, and hands the raw text to the server
 * (KioskLayout.scan), where the cleaning rules live (ScannedCode). Scans made while the server is
 * busy or the screen changes are queued here and sent in order, never dropped.
 *
 * Where a visitor types into an ordinary text field (a guest's institution, a question), keys go to
 * the field as usual; a run of at least four characters arriving at scanner speed and ended by a
 * terminator is taken out of the field again and treated as a scan. People do not type four keys
 * 70 ms apart; scanners type 5–30 ms apart (a stall of up to 300 ms inside such a run, as Bluetooth
 * scanners make, does not end it while the run still averages scanner speed).
 *
 * The offline queue (issue 14): on a check-in or check-out screen (the server names the current
 * screen's kind at every navigation) every scan gets a UUID and its scan time and is written to
 * IndexedDB (durability "strict") BEFORE it is sent over Vaadin; it leaves IndexedDB only when the
 * server answered that it is stored. When the connection is down, the server does not answer in
 * time, or it answers "not stored" (database away), the scan stays queued, the visitor reads
 * "Tercatat…" in their language, and the queue is replayed in order through POST api/kiosk/scans
 * (batches of at most 100) as soon as the server answers again — also after a reload. The server
 * is idempotent by the scan id, so a scan sent live and replayed too is still one visit.
 */
(function () {
  'use strict';
  if (window.kioskScan) {
    return;
  }

  /**
   * Keys closer together than this are typed by a scanner, not a person (scanners: 5–30 ms, plus
   * the browser's own delays on a busy kiosk; people: 100 ms and more between keys).
   */
  const SCANNER_GAP_MS = 70;
  /** A run this long at scanner speed in a text field is a scan. */
  const MIN_SCAN_IN_FIELD = 4;
  /**
   * One stall this long inside a run that was at scanner speed so far does not end it (a Bluetooth scanner
   * sends in radio bursts; a busy kiosk delivers a key late). The run must still average scanner speed.
   */
  const STALL_MS = 300;
  /** After this pause, earlier buffered keys are an abandoned attempt, not part of the next scan. */
  const PAUSE_MS = 1500;
  /** Buffered keys older than this are forgotten at the next key (a visitor who walked away). */
  const FORGET_MS = 10000;
  /** A second terminator this soon after a scan is the LF of CR+LF (or Tab+Enter): swallowed. */
  const PAIRED_TERMINATOR_MS = 250;
  /** Longer than any card or ticket a person would type; the server refuses it as too long. */
  const MAX_BUFFER = 1000;

  /** After this long without the server's answer the visitor is told the scan is noted (it is queued). */
  const NOTE_AFTER_MS = 3000;
  /** After this long without the server's answer the kiosk stops waiting and the queue takes over. */
  const LIVE_ANSWER_MS = 10000;
  /** How long "Tercatat" stays on screen after a queued scan (a new scan shows it afresh). */
  const NOTED_MS = 6000;
  /** The replay endpoint's limit per request (the server refuses larger batches with 413). */
  const MAX_BATCH = 100;
  /** First retry of a replay the server did not take; doubled up to REPLAY_MAX_WAIT_MS. */
  const REPLAY_FIRST_WAIT_MS = 2000;
  const REPLAY_MAX_WAIT_MS = 15000;
  /** A replay request without an answer this long is abandoned and tried again (a black-holed network). */
  const REPLAY_TIMEOUT_MS = 45000;
  /**
   * A kiosk page (marked by the server on the script tag in the page's head) hears a scanner from the moment
   * the page starts loading, before its screen is drawn: keys typed this long after the page began are kept
   * and the scan goes out when the screen attaches (a kiosk starting up, or reloading after a reconnect).
   */
  const LOAD_GRACE_MS = 15000;
  /** The screen being rebuilt (a language switch) after a touch: keys this soon after are kept too. */
  const SWAP_GRACE_MS = 3000;
  const KIOSK_PAGE = !!(document.currentScript && document.currentScript.dataset.kioskPage === 'true');
  const DB_NAME = 'kiosk-pustaka';
  const STORE = 'scans';
  /** Set while the queue may hold scans, so a page load knows to open IndexedDB and replay. */
  const QUEUE_FLAG = 'kiosk-scan-queue';

  const state = {
    host: null,
    buffer: '',
    times: [],
    segmentStart: 0,
    lastKeyAt: -Infinity,
    lastScanEndAt: -Infinity,
    pending: [],
    sending: false,
    // text-field mode: a run of fast keys into one field
    run: '',
    runField: null,
    runBase: '',
    runLastAt: -Infinity,
    hostSeenAt: -Infinity,
    runStartAt: -Infinity,
    scans: 0,
    // offline queue
    kind: null,
    texts: {},
    offline: false,
    inFlight: new Set(),
    batchSize: MAX_BATCH,
    replayTimer: null,
    replaying: false,
    replayWait: REPLAY_FIRST_WAIT_MS,
    noted: null,
    notedTimer: null,
    queued: 0,
    replayed: 0,
    slow: false,
    reloading: false,
    replayAgain: false,
  };

  const textTypes = new Set(['', 'text', 'search', 'email', 'tel', 'url', 'number', 'password']);

  function isTextField(el) {
    if (!el || el.disabled || el.readOnly) return false;
    if (el.tagName === 'TEXTAREA') return true;
    return el.tagName === 'INPUT' && textTypes.has((el.getAttribute('type') || '').toLowerCase());
  }

  function scanField() {
    const field = document.getElementById('card-number');
    return field && field.isConnected ? field : null;
  }

  function mirror() {
    const field = scanField();
    if (field) field.value = state.buffer;
  }

  function terminatorOf(e) {
    if (e.key === 'Enter' || e.key === 'Tab') return true;
    // Scanners set to send CR or LF as control characters type Ctrl+M / Ctrl+J.
    return e.ctrlKey && !e.altKey && (e.key === 'm' || e.key === 'M' || e.key === 'j' || e.key === 'J');
  }

  function printable(e) {
    return e.key && e.key.length === 1 && !e.ctrlKey && !e.altKey && !e.metaKey;
  }

  function swallow(e) {
    e.preventDefault();
    e.stopPropagation();
  }

  function deliver(text, at) {
    state.lastScanEndAt = at;
    state.scans++;
    const scan = {id: null, kind: state.kind, code: text, at: Date.now()};
    let stored = Promise.resolve(false);
    if (scan.kind && text.length > 0 && text.length <= MAX_BUFFER) {
      scan.id = uuid();
      stored = put(scan).then(() => true, err => {
        // No IndexedDB (private window, disk full): the scan still goes live, as before issue 14.
        console.warn('kiosk-scan: scan not queued', err);
        return false;
      });
    }
    state.pending.push({scan: scan, stored: stored});
    if (state.slow) {
      // The scan before this one has waited seconds for the server: this visitor is told at once.
      stored.then(queued => queued && showNoted());
    }
    flush();
  }

  function connected() {
    const store = window.Vaadin && window.Vaadin.connectionState;
    return !store || (store.state !== 'reconnecting' && store.state !== 'connection-lost');
  }

  function hostReady() {
    const host = state.host;
    return host && host.isConnected && host.$server && host.$server.scan ? host : null;
  }

  /**
   * Sends scans one at a time, in order; the next waits for the server's answer. A queued scan
   * (check-in, check-out) goes to the replay instead when the kiosk is offline.
   */
  async function flush() {
    if (state.sending) return;
    state.sending = true;
    try {
      while (state.pending.length > 0) {
        const item = state.pending[0];
        const queued = await item.stored;
        const host = hostReady();
        if (queued && (state.offline || !connected() || !host)) {
          state.pending.shift();
          showNoted();
          replaySoon(0);
          continue;
        }
        if (!host) {
          break; // a live-only scan waits for the next screen's attach
        }
        state.pending.shift();
        const answer = await send(host, item.scan, queued);
        if (queued && answer !== 'stored') {
          state.offline = true;
          showNoted();
          replaySoon(0);
        }
      }
    } finally {
      state.sending = false;
    }
  }

  /** One scan over Vaadin; resolves to 'stored', 'not-stored' or 'no-answer'. */
  function send(host, scan, queued) {
    return new Promise(resolve => {
      let settled = false;
      const finish = answer => {
        if (settled) return;
        settled = true;
        state.slow = false;
        clearTimeout(noteTimer);
        clearTimeout(giveUpTimer);
        state.inFlight.delete(scan.id);
        resolve(answer);
      };
      const noteTimer = setTimeout(() => {
        state.slow = true;
        if (queued) showNoted();
      }, NOTE_AFTER_MS);
      const giveUpTimer = setTimeout(() => finish('no-answer'), LIVE_ANSWER_MS);
      if (scan.id) state.inFlight.add(scan.id);
      let reply;
      try {
        reply = host.$server.scan(scan.id, scan.code, scan.at);
      } catch (err) {
        finish('no-answer');
        return;
      }
      Promise.resolve(reply).then(handled => {
        if (handled === false) {
          finish('not-stored');
          return;
        }
        // Even an answer that comes after the kiosk stopped waiting takes the scan out of the queue.
        if (scan.id) forget([scan.id]);
        if (!settled && state.noted) hideNoted(); // the welcome on screen says more than "Tercatat"
        finish('stored');
      }, () => finish('no-answer'));
    });
  }

  // --- the offline queue --------------------------------------------------------------------------

  /** A version-4 UUID; crypto.randomUUID exists only in secure contexts, a kiosk on plain HTTP has none. */
  function uuid() {
    if (window.crypto && crypto.randomUUID && window.isSecureContext) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, x => x.toString(16).padStart(2, '0')).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  let database = null;

  function db() {
    if (!database) {
      database = new Promise((resolve, reject) => {
        if (!window.indexedDB) {
          reject(new Error('IndexedDB is not available'));
          return;
        }
        const request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = () => {
          request.result.createObjectStore(STORE, {keyPath: 'id'}).createIndex('at', 'at');
        };
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error('IndexedDB blocked'));
      });
      database.catch(() => (database = null));
    }
    return database;
  }

  /** Runs work(store) in one transaction; resolves when it is durably committed. */
  function transaction(mode, work) {
    return db().then(d => new Promise((resolve, reject) => {
      // "strict": the commit is flushed to disk before it completes (Chromium's default is relaxed).
      const tx = d.transaction(STORE, mode, {durability: 'strict'});
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
    }));
  }

  function put(scan) {
    try {
      localStorage.setItem(QUEUE_FLAG, '1');
    } catch (err) {
      // Without the flag the queue is still replayed once a kiosk screen attaches.
    }
    return transaction('readwrite', s => s.put({
      id: scan.id,
      kind: scan.kind,
      code: scan.code,
      scannedAt: new Date(scan.at).toISOString(),
      at: scan.at,
    }));
  }

  function forget(ids) {
    return transaction('readwrite', s => {
      ids.forEach(id => s.delete(id));
      return null;
    }).catch(err => console.warn('kiosk-scan: could not take scans out of the queue', err));
  }

  /** Every queued scan, oldest first. */
  function queuedScans() {
    return transaction('readonly', s => s.index('at').getAll());
  }

  function replaySoon(delay) {
    if (state.replaying) {
      state.replayAgain = true; // a scan queued while a replay runs goes out right after it
      return;
    }
    if (state.replayTimer !== null) return;
    state.replayTimer = setTimeout(replay, delay);
  }

  /**
   * Sends the oldest queued scans (not those on their way over Vaadin) to the server. Every outcome
   * the server answers is final; anything else (no answer, 503, 401/403 of a kiosk being re-paired)
   * keeps the batch and tries again, waiting longer each time.
   */
  async function replay() {
    state.replayTimer = null;
    state.replaying = true;
    let next = null;
    try {
      const all = await queuedScans();
      const waiting = all.filter(s => !s.refused && !state.inFlight.has(s.id));
      state.queued = all.filter(s => !s.refused).length;
      if (waiting.length === 0) {
        if (state.queued === 0) {
          try {
            localStorage.removeItem(QUEUE_FLAG);
          } catch (err) {
            // nothing to do
          }
        } else {
          next = REPLAY_FIRST_WAIT_MS; // the rest are still on their way live
        }
        return;
      }
      const batch = waiting.slice(0, state.batchSize);
      const response = await post(batch);
      if (response.ok) {
        const body = await response.json();
        const answered = (body.results || []).filter(r => r && r.id && r.outcome).map(r => r.id);
        await forget(answered);
        state.replayed += answered.length;
        if (answered.length > 0) {
          state.offline = false;
          state.replayWait = REPLAY_FIRST_WAIT_MS;
          next = 0;
        } else {
          next = backoff(); // an answer without outcomes: not the replay endpoint
        }
      } else if (response.status === 413 && batch.length > 1) {
        state.batchSize = Math.max(1, Math.floor(batch.length / 2));
        next = 0;
      } else if (response.status === 400) {
        if (batch.length > 1) {
          state.batchSize = 1; // find the one the server cannot read; the others go on
        } else {
          // Kept for staff to see in the browser's storage, but never sent again: it would block the queue.
          console.error('kiosk-scan: the server refused a queued scan as malformed', batch[0]);
          await transaction('readwrite', s => s.put(Object.assign({}, batch[0], {refused: 400})));
        }
        next = 0;
      } else {
        const retryAfter = Number(response.headers.get('Retry-After'));
        next = retryAfter > 0 ? Math.min(retryAfter * 1000, REPLAY_MAX_WAIT_MS) : backoff();
      }
    } catch (err) {
      next = backoff();
    } finally {
      state.replaying = false;
      if (state.replayAgain && next === null) next = 0;
      state.replayAgain = false;
      if (next !== null) replaySoon(next);
    }
  }

  function backoff() {
    const wait = state.replayWait;
    state.replayWait = Math.min(state.replayWait * 2, REPLAY_MAX_WAIT_MS);
    return wait;
  }

  function post(batch) {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), REPLAY_TIMEOUT_MS);
    return fetch(new URL('api/kiosk/scans', document.baseURI), {
      method: 'POST',
      credentials: 'include',
      cache: 'no-store',
      headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({
        scans: batch.map(s => ({id: s.id, kind: s.kind, code: s.code, scannedAt: s.scannedAt})),
      }),
      signal: abort.signal,
    }).finally(() => clearTimeout(timer));
  }

  /** "Tercatat…": big, over everything (also over "Menghubungkan kembali…"), shown afresh per scan. */
  function showNoted() {
    const t = state.texts;
    if (!t.title) return;
    let noted = state.noted;
    if (!noted || !noted.isConnected) {
      noted = document.createElement('div');
      noted.id = 'kiosk-scan-noted';
      noted.className = 'kiosk-overlay kiosk-noted';
      noted.setAttribute('role', 'status');
      noted.setAttribute('aria-live', 'assertive');
      noted.innerHTML = '<div class="kiosk-overlay-box kiosk-noted-box"><div class="kiosk-noted-icon"'
          + ' aria-hidden="true"></div><h2></h2><p></p></div>';
      noted.querySelector('h2').textContent = t.title;
      noted.querySelector('p').textContent = t.detail;
      noted.addEventListener('click', hideNoted);
      document.body.appendChild(noted);
      state.noted = noted;
    } else {
      // The next visitor's scan: the box pops again, so each one sees theirs was taken.
      const box = noted.firstChild;
      box.classList.remove('kiosk-noted-again');
      void box.offsetWidth;
      box.classList.add('kiosk-noted-again');
    }
    const field = scanField();
    if (field) field.value = '';
    clearTimeout(state.notedTimer);
    state.notedTimer = setTimeout(hideNoted, NOTED_MS);
  }

  function hideNoted() {
    clearTimeout(state.notedTimer);
    if (state.noted) state.noted.remove();
    state.noted = null;
  }

  /** Loads url once it answers (the server and the page itself): never the browser's error page. */
  function reloadWhenUp(url) {
    if (state.reloading) return;
    state.reloading = true;
    const attempt = () => {
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), 10000);
      fetch(url, {cache: 'no-store', credentials: 'include', signal: abort.signal})
        .then(r => r.ok, () => false)
        .finally(() => clearTimeout(timer))
        .then(up => {
          if (up) {
            window.location.href = url;
          } else {
            setTimeout(attempt, 3000);
          }
        });
    };
    attempt();
  }

  function endBufferedScan(e) {
    const at = e.timeStamp;
    const segment = state.buffer.slice(state.segmentStart);
    const segmentTimes = state.times.slice(state.segmentStart);
    let text = state.buffer;
    if (state.segmentStart > 0 && segment.length >= 3) {
      const span = segmentTimes[segmentTimes.length - 1] - segmentTimes[0];
      if (span / (segment.length - 1) <= SCANNER_GAP_MS) {
        // Keys left from an abandoned attempt before a pause, then a scanner: the scan alone counts.
        text = segment;
      }
    }
    state.buffer = '';
    state.times = [];
    state.segmentStart = 0;
    mirror();
    deliver(text, at);
  }

  function onKeyDown(e) {
    if (e.isComposing) return;
    const at = e.timeStamp;
    // Only while a kiosk screen is shown, is still loading, or is being rebuilt after a touch: staff pages
    // keep the keyboard to themselves.
    if (!state.host || !state.host.isConnected) {
      const loading = KIOSK_PAGE && !state.host && at < LOAD_GRACE_MS;
      const rebuilding = state.host && at - state.hostSeenAt < SWAP_GRACE_MS;
      if (!loading && !rebuilding) return;
    } else {
      state.hostSeenAt = at;
    }
    const target = e.composedPath ? e.composedPath()[0] : e.target;
    const inScanField = target && target.closest && target.closest('#card-number');
    const inTextField = isTextField(target) && !inScanField;

    if (inTextField) {
      onKeyDownInTextField(e, target, at);
      return;
    }
    if (printable(e)) {
      if (e.key === ' ' && state.buffer.length === 0) {
        return; // Space on a focused button presses it; no code starts with a space.
      }
      swallow(e);
      if (at - state.lastKeyAt > FORGET_MS) {
        // Keys someone typed and walked away from are not the next visitor's.
        state.buffer = '';
        state.times = [];
        state.segmentStart = 0;
      } else if (state.buffer.length > 0 && at - state.lastKeyAt > PAUSE_MS) {
        state.segmentStart = state.buffer.length;
      }
      if (state.buffer.length < MAX_BUFFER) {
        state.buffer += e.key;
        state.times.push(at);
      }
      state.lastKeyAt = at;
      mirror();
      return;
    }
    if (terminatorOf(e)) {
      if (state.buffer.length > 0) {
        swallow(e);
        endBufferedScan(e);
      } else if (at - state.lastScanEndAt < PAIRED_TERMINATOR_MS) {
        swallow(e);
      } else if (inScanField && e.key === 'Enter') {
        // Enter in the empty scan field: the field says a number is still missing.
        swallow(e);
        deliver('', at);
      }
      // Otherwise a person pressed Enter or Tab on a button: it does what it always does.
      return;
    }
    if (e.key === 'Backspace' && state.buffer.length > 0) {
      swallow(e);
      state.buffer = state.buffer.slice(0, -1);
      state.times.pop();
      state.segmentStart = Math.min(state.segmentStart, state.buffer.length);
      mirror();
      return;
    }
    if (e.key === 'Escape' && state.buffer.length > 0) {
      swallow(e);
      state.buffer = '';
      state.times = [];
      state.segmentStart = 0;
      mirror();
      return;
    }
    if (e.ctrlKey && !e.altKey && e.key && e.key.length === 1) {
      // STX, ETX and other control characters a scanner types as Ctrl+letter: not part of the code.
      swallow(e);
    }
  }

  /** Whether the current text-field run, up to its key at lastAt, averages scanner speed. */
  function runAtScannerSpeed(lastAt) {
    return state.run.length < 2 || (lastAt - state.runStartAt) / (state.run.length - 1) <= SCANNER_GAP_MS;
  }

  function onKeyDownInTextField(e, field, at) {
    if (printable(e)) {
      const gap = at - state.runLastAt;
      const stall = gap > SCANNER_GAP_MS && !(gap <= STALL_MS && state.run.length >= 2 && runAtScannerSpeed(state.runLastAt));
      if (field !== state.runField || stall) {
        state.runField = field;
        state.run = '';
        state.runBase = field.value;
        state.runStartAt = at;
      }
      state.run += e.key;
      state.runLastAt = at;
      return;
    }
    if (terminatorOf(e)) {
      const scanned = field === state.runField
          && state.run.length >= MIN_SCAN_IN_FIELD
          && runAtScannerSpeed(state.runLastAt)
          && at - state.runLastAt <= SCANNER_GAP_MS * 4;
      if (scanned) {
        swallow(e);
        // The scanner's characters are not what the visitor typed: the field gets its text back.
        field.value = state.runBase;
        field.dispatchEvent(new Event('input', {bubbles: true}));
        field.dispatchEvent(new Event('change', {bubbles: true}));
        const text = state.run;
        state.run = '';
        state.runField = null;
        deliver(text, at);
      } else if (at - state.lastScanEndAt < PAIRED_TERMINATOR_MS) {
        swallow(e);
      }
      return;
    }
    if (e.ctrlKey && !e.altKey && at - state.runLastAt <= SCANNER_GAP_MS * 4 && state.run.length > 0) {
      swallow(e);
    }
  }

  document.addEventListener('keydown', onKeyDown, {capture: true});
  // A touch on a kiosk screen (a language button) may rebuild it; a scan right after still counts.
  document.addEventListener('pointerdown', e => {
    if (state.host && state.host.isConnected) state.hostSeenAt = e.timeStamp;
  }, {capture: true, passive: true});

  window.addEventListener('online', () => replaySoon(0));

  window.kioskScan = {
    /**
     * The KioskLayout element whose $server.scan receives scans, and the texts of "Tercatat…" in the
     * kiosk's language; queued scans go out now.
     */
    attach(host, texts) {
      state.host = host;
      state.hostSeenAt = performance.now();
      if (texts) state.texts = texts;
      flush();
      replaySoon(0);
    },
    /** What the current screen's scans are: 'CHECK_IN', 'CHECK_OUT', or null (sent live only). */
    setKind(kind) {
      state.kind = kind || null;
    },
    kind() {
      return state.kind;
    },
    /** Loads url as soon as the server answers it; until then the kiosk stays on its own page. */
    reloadWhenUp: reloadWhenUp,
    /** For tests and diagnostics. */
    stats() {
      return {
        scans: state.scans,
        pending: state.pending.length + (state.sending ? 1 : 0),
        queued: state.queued,
        replayed: state.replayed,
        offline: state.offline,
      };
    },
    /** For tests and diagnostics: the scans waiting in IndexedDB, oldest first. */
    queue() {
      return queuedScans();
    },
    /** Replays the queue now (tests; the kiosk does it by itself). */
    replay() {
      replaySoon(0);
    },
  };
  try {
    if (localStorage.getItem(QUEUE_FLAG)) replaySoon(0);
  } catch (err) {
    // No localStorage: the queue is replayed when a kiosk screen attaches.
  }
  if (window._kioskScanKind) {
    state.kind = window._kioskScanKind;
  }
  if (window._kioskScanHost) {
    window.kioskScan.attach(window._kioskScanHost, window._kioskScanTexts);
  }
})();
