import { createResendSender } from '../../src/lib/server/delivery/email/resend';
import { createVonageSender } from '../../src/lib/server/delivery/sms/vonage';
import type { Senders } from '../../src/lib/server/delivery/worker';
import type { FakeResend } from './resend';
import type { FakeVonage } from './vonage';

/** The real providers' SDKs, aimed at the local fakes. */
export function sendersFor(resend: FakeResend, vonage: FakeVonage, timeoutMs = 10_000): Senders {
	return {
		email: createResendSender({ apiKey: 're_test_key', baseUrl: resend.url, timeoutMs }),
		sms: createVonageSender({ apiKey: 'key', apiSecret: 'secret', restHost: vonage.url, timeoutMs })
	};
}
