import { PGlite } from '@electric-sql/pglite';
import { writeFileSync } from 'node:fs';
const proto = PGlite.prototype as any;
const orig = proto.execProtocolStream;
const stats = new Map<string, { n: number; ms: number }>();
let current = '?';
const dec = new TextDecoder();
let since = 0;
let windowStart = 0;
proto.execProtocolStream = async function (msg: Uint8Array, opts: any) {
  const t = msg[0];
  if (t === 0x50) { // Parse
    let i = 5; while (msg[i] !== 0) i++; i++;
    let j = i; while (msg[j] !== 0) j++;
    current = dec.decode(msg.subarray(i, j)).replace(/\s+/g, ' ').slice(0, 120);
  } else if (t === 0x51) {
    let j = 5; while (msg[j] !== 0) j++;
    current = 'EXEC ' + dec.decode(msg.subarray(5, j)).replace(/\s+/g, ' ').slice(0, 115);
  }
  const k = current;
  const s = performance.now();
  try { return await orig.call(this, msg, opts); } finally {
    const d = performance.now() - s;
    if (process.env.PROF_ON === '1' || (globalThis as any).__profOn) {
      const e = stats.get(k) ?? { n: 0, ms: 0 }; if (t === 0x50 || t === 0x51) e.n++; e.ms += d; stats.set(k, e);
    }
  }
};
process.on('exit', () => {
  const rows = [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40);
  const total = [...stats.values()].reduce((s, e) => s + e.ms, 0);
  writeFileSync('/tmp/pglite-stats.txt', `total ${total.toFixed(0)} ms\n` + rows.map(([k, e]) => `${e.n.toString().padStart(7)} ${e.ms.toFixed(0).padStart(8)} ms  ${k}`).join('\n'));
});
const log = console.log;
console.log = (...a: any[]) => {
  const m = String(a[0]);
  if (m.includes(`${process.env.BENCH_REMINDERS} reminders: one manual pass`)) { (globalThis as any).__profOn = true; windowStart = performance.now(); }
  if ((globalThis as any).__profOn && m.includes('done:')) { (globalThis as any).__profOn = false; stats.set('WINDOW ms', { n: 0, ms: performance.now() - windowStart }); }
  log(...a);
};
