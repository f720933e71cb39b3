import { m } from '$lib/paraglide/messages';
import type { Channel } from '$lib/validation/reminders';

const CHANNEL: Record<Channel, () => string> = {
	email: m.templates_channel_email,
	sms: m.templates_channel_sms,
	letter: m.templates_channel_letter
};

export function channelLabel(channel: string): string {
	return (CHANNEL as Record<string, () => string>)[channel]?.() ?? channel;
}
