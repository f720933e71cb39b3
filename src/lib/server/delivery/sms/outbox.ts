import type { Db } from '../../db';
import type { SmsSender } from '../channel';
import { writeToOutbox } from '../email/outbox';

/** The SMS channel when no Vonage key is set: the message is kept for the outbox page. */
export function createOutboxSmsSender(db: Db): SmsSender {
	return {
		deduplicates: true,
		send: async (sms) =>
			(
				await writeToOutbox(db, [
					{
						organisationId: sms.organisationId,
						deliveryId: sms.deliveryId,
						channel: 'sms',
						recipient: sms.to,
						text: sms.text
					}
				])
			)[0]
	};
}
