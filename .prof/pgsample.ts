import postgres from 'postgres';
const sql = postgres('postgres://postgres@127.0.0.1:5432/relance_bench', { max: 1 });
const counts = new Map<string, number>();
let samples = 0;
const stop = Date.now() + Number(process.argv[2] ?? 120) * 1000;
while (Date.now() < stop) {
  try {
    const rows = await sql`select state, wait_event_type, wait_event, left(regexp_replace(query, '\s+', ' ', 'g'), 90) as q from pg_stat_activity where datname = 'relance_bench' and pid <> pg_backend_pid() and state <> 'idle'`;
    samples++;
    for (const r of rows) {
      const k = `${r.state}|${r.wait_event_type ?? ''}:${r.wait_event ?? ''}|${r.q}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  } catch {}
  await new Promise((r) => setTimeout(r, 50));
}
console.log('samples', samples);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v, k);
await sql.end();
