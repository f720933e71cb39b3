import postgres from 'postgres';
const sql = postgres('postgres://postgres@127.0.0.1:5432/relance_bench', { max: 1 });
const delay = Number(process.argv[2] ?? 40) * 1000;
await new Promise((r) => setTimeout(r, delay));
const ids = (await sql`select reminder_id from deliveries where status in ('queued','sending') limit 100`).map((r) => r.reminder_id);
console.log('n ids', ids.length);
const st = await sql`select relname, n_live_tup, n_dead_tup, last_autoanalyze, last_autovacuum from pg_stat_user_tables where relname in ('deliveries','reminders','invoices','reminder_invoices','sync_changes','reminder_events') `;
console.log(st);
for (const q of [
  `explain analyze select reminder_id, count(*) filter (where status in ('queued','sending','to_print','to_check'))::int, count(*) from deliveries where reminder_id = any($1::text[]::uuid[]) group by reminder_id`,
  `explain analyze update invoices set reminder_level = reminder_level + 1, last_reminder_at = now() where id in (select invoice_id from reminder_invoices where reminder_id = any($1::text[]::uuid[])) and paid_cents < amount_cents`,
]) {
  await sql.begin(async (tx) => {
    const r = await tx.unsafe(q, [ids as any]);
    console.log(r.map((x: any) => x['QUERY PLAN']).join('\n'));
    throw new Error('rollback');
  }).catch((e) => e.message === 'rollback' || console.log(e));
}
await sql.end();
