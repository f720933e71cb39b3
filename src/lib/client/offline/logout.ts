import { m } from '$lib/paraglide/messages';
import { openCache } from './cache';
import { offlineStatus } from './status.svelte';
import { clearOfflineData } from './clear';

/**
 * Logging out leaves nothing of the person on the device. Decisions still waiting are sent
 * first if the network allows; if not, the person chooses whether to lose them.
 */
export async function logoutClearing(event: SubmitEvent): Promise<void> {
	event.preventDefault();
	const form = event.currentTarget as HTMLFormElement;
	const db = await openCache();
	if ((await db.outbox.count()) > 0) await offlineStatus.refresh();
	const left = await db.outbox.count();
	if (left > 0 && !confirm(m.offline_logout_pending({ count: left }))) return;
	await clearOfflineData();
	form.submit();
}
