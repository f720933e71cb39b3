import { eq } from 'drizzle-orm';
import webpush from 'web-push';
import type { DbOrTx } from '../db';
import { appSecrets } from '../db/schema';
import { config } from '../config';

export interface VapidKeys {
	publicKey: string;
	privateKey: string;
}

/** One row for the pair: two rows written by two processes at once could end up mismatched. */
const SECRET_KEY = 'vapid_keys';

/**
 * The server's VAPID key pair: the environment's when it gives both, else a pair generated on
 * first use and kept in app_secrets. Every process that starts at once generates its own, the
 * first insert wins and all read the winner back, so browsers never hold a key the server lost.
 */
export async function vapidKeys(db: DbOrTx): Promise<VapidKeys> {
	const { vapidPublicKey, vapidPrivateKey } = config;
	if (vapidPublicKey && vapidPrivateKey) return { publicKey: vapidPublicKey, privateKey: vapidPrivateKey };
	const stored = await readStored(db);
	if (stored) return stored;
	const generated = webpush.generateVAPIDKeys();
	await db
		.insert(appSecrets)
		.values({
			key: SECRET_KEY,
			value: JSON.stringify({ publicKey: generated.publicKey, privateKey: generated.privateKey })
		})
		.onConflictDoNothing();
	const winner = await readStored(db);
	if (!winner) throw new Error('VAPID keys vanished from app_secrets right after being stored');
	return winner;
}

/** What web-push needs to sign a request. */
export async function vapidDetails(db: DbOrTx) {
	return { subject: config.vapidSubject, ...(await vapidKeys(db)) };
}

async function readStored(db: DbOrTx): Promise<VapidKeys | null> {
	const [row] = await db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.key, SECRET_KEY));
	if (!row) return null;
	const { publicKey, privateKey } = JSON.parse(row.value) as VapidKeys;
	return { publicKey, privateKey };
}
