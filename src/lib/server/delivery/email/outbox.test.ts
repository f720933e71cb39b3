import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../../../tests/helpers/db';
import { makeDelivery } from '../../../../../tests/integration/providers-fixtures';
import { makeOrganisation } from '../../../../../tests/helpers/factories';
import { outbox } from '../../db/schema';
import type { Db } from '../../db';
import { createOutboxSmsSender } from '../sms/outbox';
import { createOutboxEmailSender, listOutbox } from './outbox';

let db: Db;
beforeEach(async () => {
	db = await freshDb();
});

describe('the outbox senders', () => {
	it('an email is written once per delivery, however often it is sent', async () => {
		const { delivery, organisationId } = await makeDelivery(db, { status: 'sending' });
		const sender = createOutboxEmailSender(db);
		const email = {
			deliveryId: delivery.id,
			organisationId,
			from: 'Agence <relances@agence.test>',
			to: 'helene.obrien@example.test',
			subject: 'Rappel',
			html: '<p>Madame,</p>',
			text: 'Madame,',
			idempotencyKey: delivery.id
		};
		const first = await sender.send(email);
		const second = await sender.send(email);

		const rows = await db.select().from(outbox);
		expect(sender.deduplicates).toBe(true);
		expect(rows).toHaveLength(1);
		expect(first).toEqual({ providerMessageId: `outbox:${rows[0].id}` });
		expect(second).toEqual(first);
		expect(rows[0]).toMatchObject({
			organisationId,
			deliveryId: delivery.id,
			channel: 'email',
			recipient: email.to,
			subject: 'Rappel',
			text: 'Madame,',
			html: '<p>Madame,</p>'
		});
	});

	it('an SMS likewise', async () => {
		const { delivery, organisationId } = await makeDelivery(db, { channel: 'sms', status: 'sending' });
		const sender = createOutboxSmsSender(db);
		const sms = {
			deliveryId: delivery.id,
			organisationId,
			from: 'Agence',
			to: '+33612345678',
			text: 'Solde : 850,00 €'
		};
		const [first, second] = await Promise.all([sender.send(sms), sender.send(sms)]);

		const rows = await db.select().from(outbox);
		expect(rows).toHaveLength(1);
		expect(first).toEqual(second);
		expect(rows[0]).toMatchObject({ channel: 'sms', recipient: '+33612345678', subject: '', text: 'Solde : 850,00 €' });
	});

	it('lists an organisation’s messages, newest first, within the limit', async () => {
		const org = await makeOrganisation(db, 'Agence A');
		const other = await makeOrganisation(db, 'Agence B');
		const base = Date.parse('2026-11-23T09:00:00Z');
		await db.insert(outbox).values([
			...[0, 1, 2].map((i) => ({
				organisationId: org.id,
				channel: 'sms',
				recipient: `+3361234567${i}`,
				text: `n°${i}`,
				createdAt: new Date(base + i * 60_000)
			})),
			{
				organisationId: other.id,
				channel: 'sms',
				recipient: '+33699999999',
				text: 'ailleurs',
				createdAt: new Date(base + 600_000)
			}
		]);

		expect((await listOutbox(db, org.id)).map((r) => r.text)).toEqual(['n°2', 'n°1', 'n°0']);
		expect((await listOutbox(db, org.id, '', 2)).map((r) => r.text)).toEqual(['n°2', 'n°1']);
		// One recipient, found by a part of his address; another organisation's never.
		expect((await listOutbox(db, org.id, '345671')).map((r) => r.text)).toEqual(['n°1']);
		expect(await listOutbox(db, org.id, '99999999')).toEqual([]);
	});
});
