import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../../tests/helpers/db';
import { makeDelivery } from '../../../../../tests/integration/providers-fixtures';
import { deliveries, reminderEvents, reminders } from '../../db/schema';
import type { Db } from '../../db';
import { receiveVonageReceipt } from './vonage';
import { vonageSignature } from './vonage-signature';
import { readStoredText, storedText } from '$lib/stored-text';

const SECRET = 'vonage-signature-secret';
let db: Db;
beforeEach(async () => {
	db = await freshDb();
});

function receipt(fields: Record<string, string>, method = 'sha256') {
	const params = {
		msisdn: '33612345678',
		to: 'Agence',
		'network-code': '20801',
		price: '0.0520',
		scts: '2611231000',
		'err-code': '0',
		'message-timestamp': '2026-11-23 10:00:00',
		timestamp: String(Math.floor(Date.now() / 1000)),
		nonce: crypto.randomUUID(),
		...fields
	};
	return { ...params, sig: vonageSignature(params, SECRET, method) };
}

async function sentSms() {
	return (
		await makeDelivery(db, {
			channel: 'sms',
			providerMessageId: `0A00${crypto.randomUUID().slice(0, 8).toUpperCase()}`,
			segments: 1
		})
	).delivery;
}
const deliveryOf = async (id: string) => (await db.select().from(deliveries).where(eq(deliveries.id, id)))[0];
const receive = (params: Record<string, string>, method = 'sha256') =>
	receiveVonageReceipt(db, { secret: SECRET, method, params });

describe('Vonage delivery receipts', () => {
	it('delivered, found by client-ref, marks the delivery delivered', async () => {
		const delivery = await sentSms();
		expect(
			await receive(receipt({ messageId: delivery.providerMessageId!, 'client-ref': delivery.id, status: 'delivered' }))
		).toBe('applied');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'delivered' });
	});

	it('another part of a long SMS is found by its client-ref too', async () => {
		const delivery = await sentSms();
		expect(
			await receive(receipt({ messageId: 'SECOND-PART-ID', 'client-ref': delivery.id, status: 'delivered' }))
		).toBe('applied');
	});

	it.each(['failed', 'rejected', 'expired'])('%s marks it failed with the error code', async (status) => {
		const delivery = await sentSms();
		await receive(
			receipt({ messageId: delivery.providerMessageId!, 'client-ref': delivery.id, status, 'err-code': '6' })
		);
		expect(await deliveryOf(delivery.id)).toMatchObject({
			status: 'failed',
			lastError: storedText('sms_not_delivered', { status, code: '6' })
		});
	});

	it('without client-ref, is found by messageId; with another signature method', async () => {
		const delivery = await sentSms();
		expect(
			await receive(receipt({ messageId: delivery.providerMessageId!, status: 'delivered' }, 'md5hash'), 'md5hash')
		).toBe('applied');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'delivered' });
	});

	it('a bad or missing signature is refused and nothing changes', async () => {
		const delivery = await sentSms();
		const good = receipt({
			messageId: delivery.providerMessageId!,
			'client-ref': delivery.id,
			status: 'failed',
			'err-code': '9'
		});
		expect(await receive({ ...good, status: 'delivered' })).toBe('unauthorized');
		const { sig: _sig, ...unsigned } = good;
		expect(await receive(unsigned)).toBe('unauthorized');
		expect(await receiveVonageReceipt(db, { secret: undefined, method: 'sha256', params: good })).toBe('unauthorized');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});

	it('interim statuses and unknown messages are acknowledged only', async () => {
		const delivery = await sentSms();
		expect(
			await receive(receipt({ messageId: delivery.providerMessageId!, 'client-ref': delivery.id, status: 'accepted' }))
		).toBe('ignored');
		expect(await receive(receipt({ messageId: 'UNKNOWN', status: 'delivered' }))).toBe('ignored');
		expect(
			await receive(receipt({ messageId: 'UNKNOWN', 'client-ref': crypto.randomUUID(), status: 'delivered' }))
		).toBe('ignored');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});

	it('writes each outcome in the reminder’s history', async () => {
		const delivery = await sentSms();
		await receive(
			receipt({
				messageId: delivery.providerMessageId!,
				'client-ref': delivery.id,
				status: 'rejected',
				'err-code': '3'
			})
		);
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, delivery.reminderId));
		expect(events.map((e) => [e.action, readStoredText(e.reason, 'fr')])).toEqual([
			['delivery_failed', 'SMS : SMS non remis (rejected, code 3)']
		]);
	});

	it('settles an SMS set aside « à vérifier » after a crash: the receipt proves it left', async () => {
		const { delivery, organisationId } = await makeDelivery(
			db,
			{ channel: 'sms', status: 'to_check', providerMessageId: null },
			undefined,
			{ status: 'sending' }
		);
		expect(await receive(receipt({ messageId: '0A00FFFF', 'client-ref': delivery.id, status: 'delivered' }))).toBe(
			'applied'
		);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'delivered' });
		const [reminder] = await db.select().from(reminders).where(eq(reminders.id, delivery.reminderId));
		expect(reminder).toMatchObject({ status: 'sent', organisationId });
	});

	it('a failure overrides a delivery, not the reverse', async () => {
		const delivery = await sentSms();
		const base = { messageId: delivery.providerMessageId!, 'client-ref': delivery.id };
		await receive(receipt({ ...base, status: 'failed', 'err-code': '2' }));
		expect(await receive(receipt({ ...base, status: 'delivered' }))).toBe('ignored');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'failed' });
	});
});
