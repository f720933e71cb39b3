import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { freshDb } from '../../../../../tests/helpers/db';
import { makeDelivery } from '../../../../../tests/integration/providers-fixtures';
import { contacts, deliveries, reminderEvents } from '../../db/schema';
import type { Db } from '../../db';
import { receiveResendWebhook } from './resend';
import { svixSignature } from './svix-signature';
import { readStoredText, storedText } from '$lib/stored-text';

const SECRET = `whsec_${Buffer.from('resend webhook secret for tests').toString('base64')}`;
let db: Db;
beforeEach(async () => {
	db = await freshDb();
});

function call(event: unknown, { secret = SECRET, age = 0, tamper = false } = {}) {
	const body = JSON.stringify(event);
	const timestamp = String(Math.floor(Date.now() / 1000) - age);
	const signature = svixSignature(SECRET, 'msg_1', timestamp, body);
	return receiveResendWebhook(db, {
		secret,
		headers: { id: 'msg_1', timestamp, signature },
		body: tamper ? body.replace('email', 'e-mail') : body
	});
}

const event = (type: string, emailId: string, extra: Record<string, unknown> = {}) => ({
	type,
	created_at: '2026-11-23T10:00:00.000Z',
	data: {
		email_id: emailId,
		from: 'Agence <relances@agence.test>',
		to: ['helene.obrien@example.test'],
		subject: 'Rappel',
		...extra
	}
});

async function sentEmail(contact: Partial<typeof contacts.$inferInsert> = {}) {
	const made = await makeDelivery(db, { providerMessageId: `re_${crypto.randomUUID()}` });
	if (Object.keys(contact).length) await db.update(contacts).set(contact).where(eq(contacts.id, made.contact.id));
	return made;
}
const deliveryOf = async (id: string) => (await db.select().from(deliveries).where(eq(deliveries.id, id)))[0];
const contactOf = async (id: string) => (await db.select().from(contacts).where(eq(contacts.id, id)))[0];

describe('Resend webhooks', () => {
	it('email.delivered marks the delivery delivered', async () => {
		const { delivery } = await sentEmail();
		expect(await call(event('email.delivered', delivery.providerMessageId!))).toBe('applied');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'delivered', lastError: '' });
	});

	it('email.bounced marks it bounced and the contact’s email « à contrôler », even if a person had kept it', async () => {
		const { delivery, contact } = await sentEmail({
			emailCheck: 'typo',
			emailCheckOverridden: true,
			email: 'Helene.OBrien@example.test'
		});
		const bounce = {
			bounce: { type: 'Permanent', subType: 'General', message: 'Mailbox does not exist' },
			to: ['Hélène <helene.obrien@example.test>']
		};
		expect(await call(event('email.bounced', delivery.providerMessageId!, bounce))).toBe('applied');

		expect(await deliveryOf(delivery.id)).toMatchObject({
			status: 'bounced',
			lastError: storedText('provider_bounced', { type: 'Permanent', message: 'Mailbox does not exist' })
		});
		expect(await contactOf(contact.id)).toMatchObject({
			emailCheck: 'bounce',
			emailCheckReason: 'Mailbox does not exist',
			emailCheckOverridden: false
		});
		const events = await db.select().from(reminderEvents).where(eq(reminderEvents.reminderId, delivery.reminderId));
		// The debtor owes nothing here: no fallback (see fallback.test.ts), and the history says why.
		expect(events.map((e) => [e.action, readStoredText(e.reason, 'fr')]).sort()).toEqual([
			['delivery_bounced', 'E-mail : Adresse rejetée (Permanent) : Mailbox does not exist'],
			['fallback_none', "Aucun repli : le débiteur ne doit plus rien · Mme Hélène O'Brien"]
		]);
	});

	it('a bounce leaves alone a contact whose address was corrected since', async () => {
		const { delivery, contact } = await sentEmail({ email: 'helene@corrige.test' });
		await call(
			event('email.bounced', delivery.providerMessageId!, {
				bounce: { type: 'Permanent', subType: 'General', message: 'No such user' }
			})
		);
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'bounced' });
		expect(await contactOf(contact.id)).toMatchObject({ emailCheck: null });
	});

	it('email.complained and email.failed mark it failed with the reason', async () => {
		const complained = await sentEmail();
		const failed = await sentEmail();
		await call(event('email.complained', complained.delivery.providerMessageId!));
		await call(
			event('email.failed', failed.delivery.providerMessageId!, { failed: { reason: 'reached_daily_quota' } })
		);

		expect(await deliveryOf(complained.delivery.id)).toMatchObject({
			status: 'failed',
			lastError: storedText('provider_complained')
		});
		expect(await deliveryOf(failed.delivery.id)).toMatchObject({
			status: 'failed',
			lastError: storedText('provider_failed', { message: 'reached_daily_quota' })
		});
	});

	it('a late bounce overrides a delivery, never the reverse; a repeated event changes nothing more', async () => {
		const { delivery } = await sentEmail();
		const id = delivery.providerMessageId!;
		await call(event('email.delivered', id));
		expect(
			await call(event('email.bounced', id, { bounce: { type: 'Permanent', subType: 'General', message: 'Gone' } }))
		).toBe('applied');
		expect(await call(event('email.delivered', id))).toBe('ignored');
		expect(
			await call(event('email.bounced', id, { bounce: { type: 'Permanent', subType: 'General', message: 'Gone' } }))
		).toBe('ignored');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'bounced' });
	});

	it('a bad or stale signature, or no secret set, is refused and nothing changes', async () => {
		const { delivery } = await sentEmail();
		const delivered = event('email.delivered', delivery.providerMessageId!);
		expect(await call(delivered, { tamper: true })).toBe('unauthorized');
		expect(await call(delivered, { age: 6 * 60 })).toBe('unauthorized');
		expect(await call(delivered, { secret: `whsec_${Buffer.from('other').toString('base64')}` })).toBe('unauthorized');
		expect(
			await receiveResendWebhook(db, {
				secret: undefined,
				headers: { id: null, timestamp: null, signature: null },
				body: '{}'
			})
		).toBe('unauthorized');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});

	it('acknowledges unknown emails and events that change nothing; refuses unreadable ones', async () => {
		const { delivery } = await sentEmail();
		expect(await call(event('email.delivered', 're_unknown'))).toBe('ignored');
		expect(await call(event('email.opened', delivery.providerMessageId!))).toBe('ignored');
		expect(await call({ type: 'email.delivered', data: {} })).toBe('invalid');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});

	it('only touches email deliveries', async () => {
		const { delivery } = await makeDelivery(db, { channel: 'sms', providerMessageId: 'shared-id' });
		expect(await call(event('email.delivered', 'shared-id'))).toBe('ignored');
		expect(await deliveryOf(delivery.id)).toMatchObject({ status: 'sent' });
	});
});
