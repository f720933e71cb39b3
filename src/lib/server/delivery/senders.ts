import type { Db } from '../db';
import { config } from '../config';
import type { EmailSender, SmsSender } from './channel';
import { createResendSender } from './email/resend';
import { createOutboxEmailSender } from './email/outbox';
import { createVonageSender } from './sms/vonage';
import { createOutboxSmsSender } from './sms/outbox';

/**
 * The channels of this process, chosen from the environment: a provider when its key is set,
 * else the outbox, so that the embedded default and the demo never send anything for real.
 */
export function createSenders(db: Db): { email: EmailSender; sms: SmsSender } {
	const timeoutMs = config.providerTimeoutMs;
	const resendKey = config.resendApiKey;
	const vonageKey = config.vonageApiKey;
	const vonageSecret = config.vonageApiSecret;
	return {
		email: resendKey
			? createResendSender({ apiKey: resendKey, baseUrl: config.resendBaseUrl, timeoutMs })
			: createOutboxEmailSender(db),
		sms:
			vonageKey && vonageSecret
				? createVonageSender({ apiKey: vonageKey, apiSecret: vonageSecret, restHost: config.vonageRestHost, timeoutMs })
				: createOutboxSmsSender(db)
	};
}
