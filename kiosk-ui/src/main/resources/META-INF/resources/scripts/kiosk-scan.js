/*
 * The one scan listener of every kiosk screen (loaded by KioskLayout as a static resource, so Vaadin
 * keeps its pre-compiled bundle).
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
 * 70 ms apart; scanners type 5–30 ms apart.
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
  /** After this pause, earlier buffered keys are an abandoned attempt, not part of the next scan. */
  const PAUSE_MS = 1500;
  /** Buffered keys older than this are forgotten at the next key (a visitor who walked away). */
  const FORGET_MS = 10000;
  /** A second terminator this soon after a scan is the LF of CR+LF (or Tab+Enter): swallowed. */
  const PAIRED_TERMINATOR_MS = 250;
  /** Longer than any card or ticket a person would type; the server refuses it as too long. */
  const MAX_BUFFER = 1000;

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
    scans: 0,
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
    state.pending.push(text);
    flush();
  }

  /** Sends queued scans one at a time, in order; the next waits for the server's answer. */
  function flush() {
    if (state.sending || state.pending.length === 0) return;
    const host = state.host;
    if (!host || !host.isConnected || !host.$server || !host.$server.scan) return;
    const text = state.pending.shift();
    state.sending = true;
    let reply;
    try {
      reply = host.$server.scan(text);
    } catch (err) {
      state.pending.unshift(text);
      state.sending = false;
      return;
    }
    const next = () => {
      state.sending = false;
      flush();
    };
    if (reply && reply.then) {
      reply.then(next, next);
    } else {
      next();
    }
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
    // Only while a kiosk screen is shown: staff pages keep the keyboard to themselves.
    if (e.isComposing || !state.host || !state.host.isConnected) return;
    const at = e.timeStamp;
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

  function onKeyDownInTextField(e, field, at) {
    if (printable(e)) {
      if (field !== state.runField || at - state.runLastAt > SCANNER_GAP_MS) {
        state.runField = field;
        state.run = '';
        state.runBase = field.value;
      }
      state.run += e.key;
      state.runLastAt = at;
      return;
    }
    if (terminatorOf(e)) {
      const scanned = field === state.runField
          && state.run.length >= MIN_SCAN_IN_FIELD
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

  window.kioskScan = {
    /** The KioskLayout element whose $server.scan receives scans; queued scans go out now. */
    attach(host) {
      state.host = host;
      flush();
    },
    /** For tests and diagnostics: how many scans this page has heard and how many wait. */
    stats() {
      return {scans: state.scans, pending: state.pending.length + (state.sending ? 1 : 0)};
    },
  };
  if (window._kioskScanHost) {
    window.kioskScan.attach(window._kioskScanHost);
  }
})();
