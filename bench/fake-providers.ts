/**
 * The fake Resend and Vonage of the benchmark, in a child process of their own (bench/run.ts
 * forks this file). In-process, the fakes would keep every request they receive in the
 * measured process's memory, so the peak RSS would grow with the batch because of the
 * harness, and their HTTP work would share the event loop of the workers they are meant to
 * stand in for: the real providers are on other machines.
 */
import { startFakeResend } from '../tests/fakes/resend';
import { startFakeVonage } from '../tests/fakes/vonage';

export type FakeRequest = { id: number; type: 'stats' | 'reset' | 'close' };

export type FakeAnswer =
	| { type: 'ready'; resendUrl: string; vonageUrl: string }
	| {
			type: 'stats';
			id: number;
			requests: number;
			repeated: number;
			delivered: number;
			deliveryIds: string[];
			sms: number;
	  }
	| { type: 'done'; id: number };

if (!process.send) throw new Error('bench/fake-providers.ts is forked by bench/run.ts, with an IPC channel');
const send = (answer: FakeAnswer) => process.send?.(answer);

const [resend, vonage] = await Promise.all([startFakeResend({ light: true }), startFakeVonage()]);

process.on('message', async (request: FakeRequest) => {
	if (request.type === 'stats') {
		const deliveryIds = resend.delivered.flatMap((d) => (d.deliveryId ? [d.deliveryId] : []));
		send({
			type: 'stats',
			id: request.id,
			requests: resend.requests.length,
			repeated: resend.repeated,
			delivered: resend.delivered.length,
			deliveryIds,
			sms: vonage.sent.length
		});
	} else if (request.type === 'reset') {
		resend.reset();
		vonage.reset();
		send({ type: 'done', id: request.id });
	} else {
		await Promise.all([resend.close(), vonage.close()]);
		send({ type: 'done', id: request.id });
		process.disconnect();
	}
});

// The parent gone (killed, or crashed before asking us to close), nothing holds us here.
process.on('disconnect', () => process.exit(0));

send({ type: 'ready', resendUrl: resend.url, vonageUrl: vonage.url });
