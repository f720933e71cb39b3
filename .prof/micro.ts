import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../src/lib/server/db/open';
import { migrateDatabase } from '../src/lib/server/db/migrate';
import { rowsOf, textArray } from '../src/lib/server/db/arrays';
import { makeOrganisation } from '../tests/helpers/factories';

const database = await openDatabase(process.env.PGURL ? { url: process.env.PGURL } : {});
const { db } = database;
await migrateDatabase(database, path.resolve('drizzle'));
const org = await makeOrganisation(db, 'Micro');
const count = 40000, tenants = 8000;
await db.execute(sql`
	with d as (insert into debtors (organisation_id, name, account_number) select ${org.id}, 'L ' || g, 'LOC-' || g from generate_series(1, ${tenants}) g returning id, account_number),
	c as (insert into contacts (organisation_id, debtor_id, civility, first_name, last_name, email, consent_email) select ${org.id}, d.id, 'Mme', 'H', 'L', lower(d.account_number) || '@x.test', true from d returning id)
	insert into invoices (organisation_id, debtor_id, number, issue_date, due_date, amount_cents) select ${org.id}, d.id, 'F-' || d.account_number, current_date - 40, current_date - 10, 68000 from d`);
await db.execute(sql`
	with t as (select d.id as debtor_id, c.id as contact_id, row_number() over (order by d.id) - 1 as k from debtors d join contacts c on c.debtor_id = d.id where d.organisation_id = ${org.id}),
	r as (insert into reminders (organisation_id, debtor_id, status, send_date, short_description, requires_validation, immediate, content)
		select ${org.id}, t.debtor_id, 'scheduled', current_date, 'R ' || g, false, true, '{"emailSubject":"Relance {{ compte }}","emailHeader":"","emailBody":"Bonjour {{ civilite_longue }} {{ nom }},\\n\\nil reste {{ solde }} à régler :\\n\\n{{ tableau_factures }}","emailFooter":"{{ organisation.nom }}","smsText":"Solde {{ solde }}","letterBody":""}'::jsonb
		from generate_series(0, ${count - 1}) g join t on t.k = g % ${tenants} returning id, debtor_id)
	insert into reminder_recipients (reminder_id, contact_id, channels) select r.id, t.contact_id, array['email'] from r join t on t.debtor_id = r.debtor_id`);
await db.execute(sql`analyze`);
const all = rowsOf<{ id: string; debtor_id: string; contact_id: string }>(await db.execute(sql`select r.id, r.debtor_id, rr.contact_id from reminders r join reminder_recipients rr on rr.reminder_id = r.id order by r.id`));
let cursor = 0;
const take = (n: number) => { const s = all.slice(cursor, cursor + n); cursor += n; if (s.length < n) throw new Error('out of rows'); return s; };

async function time(label: string, reps: number, fn: (rows: typeof all, tx: any) => Promise<unknown>) {
	const c = process.cpuUsage();
	for (let i = 0; i < reps; i++) { const rows = take(100); await db.transaction(async (tx) => { await fn(rows, tx); }); }
	const u = process.cpuUsage(c);
	console.log(`${label.padEnd(50)} ${((u.user + u.system) / 1000 / reps).toFixed(2)} ms cpu / 100`);
}
const events = (rows: typeof all, tx: any) => tx.execute(sql`insert into reminder_events (organisation_id, reminder_id, debtor_id, actor_id, action, from_status, to_status, changes, reason, at)
	select organisation_id, reminder_id, debtor_id, actor_id, action, from_status, to_status, changes, reason, coalesce(at, now())
	from json_to_recordset(${JSON.stringify(rows.flatMap((r) => [{ organisation_id: org.id, reminder_id: r.id, debtor_id: r.debtor_id, action: 'delivery_sent', reason: 'E-mail · x@y' }, { organisation_id: org.id, reminder_id: r.id, debtor_id: r.debtor_id, action: 'sent', from_status: 'sending', to_status: 'sent', reason: '' }]))}::json) as e(
	organisation_id uuid, reminder_id uuid, debtor_id uuid, actor_id uuid, action text, from_status reminder_status, to_status reminder_status, changes jsonb, reason text, at timestamptz)`);
const upd = (rows: typeof all, tx: any) => tx.execute(sql`update reminders set status = 'sending', updated_at = now() where id = any(${textArray(rows.map((r) => r.id))}::uuid[])`);
const ins = (rows: typeof all, tx: any) => tx.execute(sql`insert into deliveries (organisation_id, reminder_id, contact_id, channel, status) select ${org.id}, k.id, c.id, 'email', 'queued' from unnest(${textArray(rows.map((r) => r.id))}::uuid[], ${textArray(rows.map((r) => r.contact_id))}::uuid[]) as x(id, cid) cross join lateral (select x.id) k(id) cross join lateral (select x.cid) c(id)`);
const noop = (_: unknown, tx: any) => tx.execute(sql`select 1`);
const R = 20;
const x = async (q: string) => { for (const part of q.split(';')) await db.execute(sql.raw(part)); };
await time('warm', 5, events);
for (let round = 0; round < 2; round++) {
	await time('events 200 rows', R, events);
	await x('alter table reminder_events drop constraint reminder_events_organisation_id_organisations_id_fk, drop constraint reminder_events_debtor_id_debtors_id_fk, drop constraint reminder_events_actor_id_users_id_fk');
	await time('events 200 rows, only reminder FK', R, events);
	await x('alter table reminder_events add constraint reminder_events_organisation_id_organisations_id_fk foreign key (organisation_id) references organisations(id) on delete cascade not valid, add constraint reminder_events_debtor_id_debtors_id_fk foreign key (debtor_id) references debtors(id) on delete cascade not valid, add constraint reminder_events_actor_id_users_id_fk foreign key (actor_id) references users(id) on delete set null not valid');
	await time('update reminders 100', R, upd);
	await x('alter table reminders disable trigger reminders_sync_update');
	await time('update reminders 100, no sync trigger', R, upd);
	await x('alter table reminders enable trigger reminders_sync_update');
	await time('insert deliveries 100', R, ins);
	await x('drop index deliveries_provider_idx; drop index deliveries_batch_idx');
	await time('insert deliveries 100, 2 fewer idx', R, ins);
	await x('create index deliveries_provider_idx on deliveries (provider_message_id); create index deliveries_batch_idx on deliveries (letter_batch_id)');
}
await database.close();
