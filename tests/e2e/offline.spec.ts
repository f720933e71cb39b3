import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { SyncResponse } from '../../src/lib/offline/types';
import { login } from './login';

/** The service worker's global scope as these tests use it: the DOM lib has no worker types. */
interface WorkerScope {
	registration: ServiceWorkerRegistration;
	dispatchEvent(event: Event): boolean;
	NotificationEvent: new (type: string, init: { notification: Notification; action: string }) => Event;
}

async function phone(browser: import('@playwright/test').Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ ...test.info().project.use });
	return { context, page: await context.newPage() };
}

/** Reminders made by the manager over HTTP, as his form posts them; returns their ids. */
async function createPending(
	manager: Page,
	descriptions: string[],
	options: { dueToday?: boolean; channel?: string } = {}
): Promise<string[]> {
	const sync = (await (await manager.request.get('/api/sync')).json()) as SyncResponse;
	const debtor = sync.debtors.find((d) => d.contacts.some((c) => c.email))!;
	const contact = debtor.contacts.find((c) => c.email)!;
	const origin = new URL(manager.url()).origin;
	const ids: string[] = [];
	for (const shortDescription of descriptions) {
		const reply = await manager.request.post('/relances/nouvelle?/save', {
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0,
			form: {
				debtorId: debtor.id,
				// The organisation's calendar (Paris), not UTC's: near midnight they differ.
				sendDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
					Date.now() + (options.dueToday ? 0 : 7 * 864e5)
				),
				shortDescription,
				description: '',
				emailSubject: 'Loyer impayé — {{ compte }}',
				emailBody: 'Bonjour {{ civilite }} {{ nom }}, votre solde est de {{ solde }}.',
				smsText: 'Solde dû : {{ solde }}',
				letterBody: 'Madame, Monsieur',
				[`channels_${contact.id}`]: options.channel ?? 'email',
				...(options.dueToday ? {} : { requiresValidation: 'on' }),
				intent: 'save'
			}
		});
		expect(reply.status()).toBe(303);
		ids.push(reply.headers().location.match(/[0-9a-f-]{36}/)![0]);
	}
	return ids;
}

/** The service worker controls the page and has saved the app's screens for offline use. */
async function readyOffline(page: Page, path: string) {
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	// Polled from here: waitForFunction takes the promise an async predicate returns for a truthy answer.
	await expect
		.poll(() => page.evaluate(async (p) => !!(await (await caches.open('relance-pages')).match(p)), path), {
			timeout: 15_000
		})
		.toBe(true);
}

test('the app is installable and, after one visit, opens offline with its cached list; an approval made offline lands once, after a reload', async ({
	browser
}) => {
	const manager = await phone(browser);
	await login(manager.page, 'gestionnaire@demo.relance.fr');
	const [id] = await createPending(manager.page, ['Relance hors ligne']);

	const { context, page } = await phone(browser);
	await login(page, 'valideur@demo.relance.fr');
	const item = page.getByTestId('pending').filter({ hasText: 'Relance hors ligne' });
	await expect(item).toBeVisible();
	// What leaves opens on a tap: online, as the providers will receive it.
	await item.getByText('Voir ce qui part').click();
	await expect(item.getByTestId('email-subject')).toContainText('Loyer impayé');
	await readyOffline(page, '/a-valider');
	// Chromium's own verdict on the manifest, icons and service worker. A Playwright context is
	// an incognito profile, where nothing installs: that one reason is the only one allowed.
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
	await cdp.detach();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: 'À valider' })).toBeVisible();
	await expect(page.getByTestId('sync-state')).toContainText('Hors ligne');
	// Offline, the text the phone keeps (or the reminder's saved page, if it was opened before).
	await item.getByText('Voir ce qui part').click();
	await expect(item.getByTestId('reminder-previews')).toContainText('Loyer impayé');

	await item.getByRole('button', { name: 'Valider' }).click();
	await expect(page.getByRole('status')).toHaveText('Validation enregistrée : elle partira au retour du réseau.');
	await expect(item.getByTestId('queued-item')).toBeVisible();

	// Closed before the network came back: the decision waits in IndexedDB.
	await page.reload();
	await expect(item.getByTestId('queued-item')).toBeVisible();
	await expect(page.getByTestId('queued')).toHaveText('1 décision attend le réseau pour partir.');

	await context.setOffline(false);
	await expect(page.getByTestId('queued')).toHaveCount(0);
	await expect(item).toHaveCount(0);

	await page.goto(`/relances/${id}`);
	await expect(page.getByTestId('status')).toHaveText('Programmée');
	await expect(page.getByTestId('history').getByText('Validée par')).toHaveCount(1);
	await context.close();
	await manager.context.close();
});

test('a decision refused on reconnection is shown in plain words, item by item', async ({ browser }) => {
	const manager = await phone(browser);
	await login(manager.page, 'gestionnaire@demo.relance.fr');
	const [first, second] = await createPending(manager.page, ['Validée par un autre', 'Modifiée entre-temps']);

	const { context, page } = await phone(browser);
	await login(page, 'valideur@demo.relance.fr');
	// While the page swaps the server's list for the cache's, an item may briefly show twice.
	await expect(page.getByTestId('pending').filter({ hasText: 'Modifiée entre-temps' }).first()).toBeVisible();
	await readyOffline(page, '/a-valider');
	await context.setOffline(true);
	await page
		.getByTestId('pending')
		.filter({ hasText: 'Validée par un autre' })
		.getByRole('button', { name: 'Valider' })
		.click();
	const changed = page.getByTestId('pending').filter({ hasText: 'Modifiée entre-temps' });
	await changed.getByRole('button', { name: 'Rejeter' }).click();
	await changed.getByLabel('Motif du rejet').fill('Montant à revoir');
	await changed.getByRole('button', { name: 'Rejeter avec ce motif' }).click();
	await expect(page.getByTestId('queued')).toHaveText('2 décisions attendent le réseau pour partir.');

	// Meanwhile, on the server: the admin approves the first, the manager edits the second.
	const admin = await phone(browser);
	await login(admin.page, 'admin@demo.relance.fr');
	const approved = await admin.page.request.post('/api/decisions', {
		data: { key: crypto.randomUUID(), action: 'approve', id: first, version: 1 }
	});
	expect(await approved.json()).toEqual({ ok: true });
	await manager.page.goto(`/relances/${second}/modifier`);
	await manager.page.getByLabel('Descriptif court *').fill('Modifiée entre-temps (bis)');
	await manager.page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(manager.page.getByRole('heading', { name: 'Modifiée entre-temps (bis)' })).toBeVisible();

	await context.setOffline(false);
	const conflicts = page.getByTestId('conflicts');
	await expect(conflicts.getByRole('listitem')).toHaveCount(2);
	await expect(conflicts).toContainText('« Validée par un autre »');
	await expect(conflicts).toContainText('Cette relance a déjà été validée');
	await expect(conflicts).toContainText('« Modifiée entre-temps »');
	await expect(conflicts).toContainText('a été modifiée depuis son affichage');
	await expect(page.getByTestId('queued')).toHaveCount(0);
	await Promise.all([context.close(), admin.context.close(), manager.context.close()]);
});

test('logging out leaves nothing in IndexedDB nor in the saved pages', async ({ page }) => {
	await login(page, 'valideur@demo.relance.fr');
	await readyOffline(page, '/a-valider');
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');
	expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain('relance');

	await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Plus' }).click();
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await page.waitForURL(/\/login$/);
	expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('relance');
	const saved = await page.evaluate(async () =>
		(await (await caches.open('relance-pages')).keys()).map((r) => new URL(r.url).pathname)
	);
	expect(saved.filter((p) => p !== '/login')).toEqual([]);
});

test('a push message delivered to the service worker shows a notification whose tap opens the reminder', async ({
	browser
}) => {
	const manager = await phone(browser);
	await login(manager.page, 'gestionnaire@demo.relance.fr');
	const [id] = await createPending(manager.page, ['Relance poussée']);

	const { context, page } = await phone(browser);
	await context.grantPermissions(['notifications']);
	await login(page, 'valideur@demo.relance.fr');
	await page.waitForFunction(() => !!navigator.serviceWorker.controller);
	const origin = new URL(page.url()).origin;

	const cdp = await context.newCDPSession(page);
	const registrationId = new Promise<string>((resolve) =>
		cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
			const ours = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
			if (ours) resolve(ours.registrationId);
		})
	);
	await cdp.send('ServiceWorker.enable');
	await cdp.send('ServiceWorker.deliverPushMessage', {
		origin,
		registrationId: await registrationId,
		data: JSON.stringify({
			title: 'Relance à valider',
			body: 'Relance poussée',
			url: `/relances/${id}`,
			tag: `validation-${id}`,
			actions: [
				{ action: 'approve', title: 'Valider' },
				{ action: 'view', title: 'Voir' }
			]
		})
	});

	const [worker] = context.serviceWorkers();
	await expect
		.poll(() =>
			worker.evaluate(async () =>
				(await (self as unknown as WorkerScope).registration.getNotifications()).map((n) => n.title)
			)
		)
		.toEqual(['Relance à valider']);
	expect(
		await worker.evaluate(async () => {
			const [shown] = await (self as unknown as WorkerScope).registration.getNotifications();
			return (shown as Notification & { actions: { title: string }[] }).actions.map((a) => a.title);
		})
	).toEqual(['Valider', 'Voir']);

	// Headless Chromium has no notification to tap: the worker gets the same event a tap sends it.
	await worker.evaluate(async () => {
		const sw = self as unknown as WorkerScope;
		const [notification] = await sw.registration.getNotifications();
		sw.dispatchEvent(new sw.NotificationEvent('notificationclick', { notification, action: 'view' }));
	});
	await page.waitForURL(`**/relances/${id}`);
	await expect(page.getByRole('heading', { name: 'Relance poussée' })).toBeVisible();
	await Promise.all([context.close(), manager.context.close()]);
});

/** What IndexedDB holds for the page's origin, read without the app's code. */
function readCache(page: Page): Promise<{ scope: string | undefined; descriptions: string[]; outbox: number }> {
	return page.evaluate(
		() =>
			new Promise((resolve, reject) => {
				const open = indexedDB.open('relance');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['meta', 'reminders', 'outbox']);
					const scope = tx.objectStore('meta').get('scope');
					const reminders = tx.objectStore('reminders').getAll();
					const outbox = tx.objectStore('outbox').count();
					tx.oncomplete = () => {
						db.close();
						resolve({
							scope: (scope.result as { value: string } | undefined)?.value,
							descriptions: (reminders.result as { shortDescription: string }[]).map((r) => r.shortDescription),
							outbox: outbox.result
						});
					};
				};
			})
	);
}

test("Aujourd'hui opens offline after one visit and shows the day as last synced, not as the saved page had it", async ({
	browser
}) => {
	const { context, page } = await phone(browser);
	await login(page, 'gestionnaire@demo.relance.fr');
	await readyOffline(page, '/aujourdhui');
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');

	// Saved after the page was: only the cache can show it offline.
	await createPending(page, ['Relance du jour, hors ligne'], { dueToday: true });
	await page.getByRole('button', { name: 'Synchroniser' }).click();
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');
	// Online the list is the server's: read again, it holds the new reminder, as the cache now does.
	await page.reload();
	const list = page.getByTestId('today-list');
	await expect(list.getByText('Relance du jour, hors ligne')).toBeVisible();
	const emails = await page.getByTestId('count-email').locator('strong').textContent();

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { name: /Aujourd'hui/ })).toBeVisible();
	await expect(page.getByTestId('sync-state')).toContainText('Hors ligne');
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');
	await expect(list.getByText('Relance du jour, hors ligne')).toBeVisible();
	await expect(page.getByTestId('count-email').locator('strong')).toHaveText(emails!);
	await expect(page.getByRole('button', { name: /Tout envoyer/ })).toBeDisabled();
	await context.close();
});

test("the cache is synced by a worker: Aujourd'hui and a reminder's page, online, never load it on their own thread", async ({
	browser
}) => {
	const { context, page } = await phone(browser);
	/** The page's own scripts, each with whether it holds Dexie (which names its errors in its code). */
	const scripts: { url: string; dexie: boolean }[] = [];
	page.on('response', async (response) => {
		const url = new URL(response.url()).pathname;
		if (response.request().resourceType() !== 'script' || url.startsWith('/_app/immutable/workers/')) return;
		scripts.push({ url, dexie: (await response.text().catch(() => '')).includes('DatabaseClosedError') });
	});
	await login(page, 'gestionnaire@demo.relance.fr');
	await page.goto('/aujourdhui');
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');
	const worker = page
		.workers()
		.find((w) => new URL(w.url()).pathname.startsWith('/_app/immutable/workers/sync-worker-'));
	expect(worker).toBeDefined();
	// Kept for offline from this first visit, though SvelteKit's list of the build leaves it out.
	await expect
		.poll(() => page.evaluate(async (url) => !!(await caches.match(url)), worker!.url()), { timeout: 15_000 })
		.toBe(true);
	// The worker wrote the cache, in the page's origin.
	const cached = await page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('relance');
				open.onsuccess = () => {
					const count = open.result.transaction('debtors').objectStore('debtors').count();
					count.onsuccess = () => (open.result.close(), resolve(count.result));
				};
				open.onerror = () => reject(open.error);
			})
	);
	expect(cached).toBeGreaterThan(0);
	const [first] = await createPending(page, ['Relance lue en ligne']);
	await page.goto(`/relances/${first}`);
	await expect(page.getByRole('heading', { name: 'Relance lue en ligne' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.filter((script) => script.dexie)).toEqual([]);
	await context.close();
});

test("Aujourd'hui sent by the network is not asked for again; opened from the saved copy, its figures are", async ({
	browser
}) => {
	const dataAsks = (page: Page) => {
		const asks: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).pathname === '/aujourdhui/__data.json') asks.push(request.url());
		});
		return asks;
	};
	const { context, page } = await phone(browser);
	await login(page, 'gestionnaire@demo.relance.fr');
	await readyOffline(page, '/aujourdhui');
	// The worker answers with its copy first: the page then asks the server for the day's figures.
	const afterSavedCopy = dataAsks(page);
	await page.goto('/aujourdhui');
	await expect.poll(() => afterSavedCopy.length).toBeGreaterThan(0);
	await context.close();

	// Without a worker the page comes from the server, as it is now: nothing to ask again.
	const bare = await browser.newContext({ ...test.info().project.use, serviceWorkers: 'block' });
	const fresh = await bare.newPage();
	await login(fresh, 'gestionnaire@demo.relance.fr');
	const afterNetwork = dataAsks(fresh);
	await fresh.goto('/aujourdhui');
	await expect(fresh.getByTestId('sync-state')).toContainText('Synchronisé');
	expect(afterNetwork).toEqual([]);
	await bare.close();
});

test("a reminder's page opens offline from the cache, and an approval made there lands once after reconnection", async ({
	browser
}) => {
	const manager = await phone(browser);
	await login(manager.page, 'gestionnaire@demo.relance.fr');
	const [id] = await createPending(manager.page, ['Ouverte hors ligne']);

	const { context, page } = await phone(browser);
	await login(page, 'valideur@demo.relance.fr');
	const item = page.getByTestId('pending').filter({ hasText: 'Ouverte hors ligne' });
	await expect(item).toBeVisible();
	await readyOffline(page, '/a-valider');

	await context.setOffline(true);
	await item.getByRole('link', { name: 'Ouverte hors ligne' }).click();
	await page.waitForURL(`**/relances/${id}`);
	await expect(page.getByRole('heading', { name: 'Ouverte hors ligne' })).toBeVisible();
	await expect(page.getByTestId('status')).toHaveText('À valider');
	await expect(page.getByTestId('cached-reminder')).toContainText('E-mail');
	await expect(page.getByTestId('preview')).toContainText('Loyer impayé');

	// Rejecting needs its reason, offline as online.
	await page.getByRole('button', { name: 'Rejeter' }).click();
	await expect(page.getByTestId('queued-item')).toHaveCount(0);
	await page.getByRole('button', { name: 'Valider' }).click();
	await expect(page.getByRole('status')).toHaveText('Validation enregistrée : elle partira au retour du réseau.');
	await expect(page.getByTestId('queued-item')).toBeVisible();
	await expect(page.getByTestId('queued')).toHaveText('1 décision attend le réseau pour partir.');

	await context.setOffline(false);
	await expect(page.getByTestId('queued')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('status')).toHaveText('Programmée');
	await expect(page.getByTestId('history').getByText('Validée par')).toHaveCount(1);
	await Promise.all([context.close(), manager.context.close()]);
});

test('the reminders and the debtors, with their contacts and balance, read offline from the cache', async ({
	browser
}) => {
	const { context, page } = await phone(browser);
	await login(page, 'gestionnaire@demo.relance.fr');
	// Reached by the navigation, a screen needs its saved data as well as its page.
	for (const path of ['/debiteurs', '/debiteurs/__data.json', '/relances', '/relances/__data.json'])
		await readyOffline(page, path);
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');
	const sync = (await (await page.request.get('/api/sync')).json()) as SyncResponse;
	const debtor = sync.debtors.find((d) => d.contacts.some((c) => c.email))!;
	const scheduled = sync.reminders.filter((r) => r.status === 'scheduled').length;

	await context.setOffline(true);
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await nav.getByRole('link', { name: 'Débiteurs' }).click();
	await page.waitForURL(/\/debiteurs$/);
	const debtors = page.getByTestId('cached-debtors');
	await expect(page.getByTestId('sync-state')).toContainText('Hors ligne');
	await expect(page.getByText(`${sync.debtors.length} débiteurs`)).toBeVisible();
	await page.getByRole('searchbox').fill(debtor.name);
	await page.getByRole('button', { name: 'Rechercher' }).click();
	await expect(debtors.getByRole('listitem').filter({ hasText: debtor.name }).first()).toContainText(
		debtor.contacts.find((c) => c.email)!.email!
	);

	await nav.getByRole('link', { name: 'Relances' }).click();
	await page.waitForURL(/\/relances$/);
	await expect(page.getByTestId('cached-reminders')).toBeVisible();
	await page.getByRole('link', { name: 'Programmées' }).click();
	await page.waitForURL(/\/relances\?etat=scheduled$/);
	await expect(page.getByText(`${scheduled} relances`)).toBeVisible();
	await expect(page.getByTestId('cached-reminders').getByText('Programmée').first()).toBeVisible();
	await expect(page.getByTestId('cached-reminders').getByText('À valider')).toHaveCount(0);
	await context.close();
});

test("another person logging in on the device never sees the first one's cache", async ({ browser }) => {
	const { context, page } = await phone(browser);
	await login(page, 'valideur@demo.relance.fr');
	await expect(page.getByTestId('sync-state')).toContainText('Synchronisé');
	const first = await readCache(page);
	// Something only the first person's cache holds: a reminder due today, and a decision waiting.
	await page.evaluate(
		(scope) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('relance');
				open.onsuccess = () => {
					const tx = open.result.transaction(['reminders', 'outbox'], 'readwrite');
					const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
					tx.objectStore('reminders').put({
						id: '00000000-0000-4000-8000-000000000001',
						version: 1,
						status: 'scheduled',
						sendDate: today,
						immediate: true,
						shortDescription: 'Seulement pour le valideur',
						debtorId: 'x',
						debtorName: 'Secret',
						createdByName: null,
						statusReason: '',
						sentAt: null,
						recipients: [{ contactId: 'x', name: 'Secret', channels: ['email'] }],
						preview: null,
						previewError: null
					});
					tx.objectStore('outbox').put({
						key: 'k',
						action: 'approve',
						id: 'x',
						version: 1,
						scope,
						description: 'd',
						debtorName: 'n'
					});
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
			}),
		first.scope
	);

	// The session ends without a logout (it expired, the app was closed): the device still holds the cache.
	await page.close();
	await context.clearCookies();
	const next = await context.newPage();
	await login(next, 'agent@demo.relance.fr');
	await expect(next).toHaveURL(/\/aujourdhui$/);
	await expect(next.getByTestId('sync-state')).toContainText('Synchronisé');
	const second = await readCache(next);
	expect(second.scope).not.toEqual(first.scope);
	expect(second.descriptions).not.toContain('Seulement pour le valideur');
	expect(second.outbox).toBe(0);
	await readyOffline(next, '/aujourdhui');
	await context.setOffline(true);
	await next.reload();
	await expect(next.getByTestId('sync-state')).toContainText('Hors ligne');
	await expect(next.getByText('Seulement pour le valideur')).toHaveCount(0);
	await context.close();
});

test('À valider reaches every pending reminder offline, with a true count; filters narrow; « Valider les N affichées » approves exactly those', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const manager = await phone(browser);
	await login(manager.page, 'gestionnaire@demo.relance.fr');
	const lots = Array.from({ length: 600 }, (_, n) => `Lot ${n + 1}`);
	await createPending(manager.page, lots);
	await createPending(manager.page, ['Par SMS 1', 'Par SMS 2', 'Par SMS 3'], { channel: 'sms' });

	const { context, page } = await phone(browser);
	await login(page, 'valideur@demo.relance.fr');
	const pendingOnServer = async () =>
		((await (await page.request.get('/api/sync')).json()) as SyncResponse).reminders.filter(
			(r) => r.status === 'pending_validation'
		);
	const before = await pendingOnServer();
	expect(before.length).toBeGreaterThanOrEqual(603);
	await expect(page.getByTestId('pending-count')).toHaveText(`${before.length} relances à valider`);
	await readyOffline(page, '/a-valider');

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByTestId('sync-state')).toContainText('Hors ligne');
	await expect(page.getByTestId('pending-count')).toHaveText(`${before.length} relances à valider`);
	const pending = page.getByTestId('pending');
	const shownCount = page.getByTestId('shown-count');
	await expect(pending).toHaveCount(50);
	// Page after page, down to the last one the phone keeps; at most four pages stay drawn, so the
	// list scrolls as lightly at its end as at its start.
	const seen = new Set(await pending.locator('a > strong').allTextContents());
	const total = before.length;
	for (let last = 1; last * 50 < total; last++) {
		await page.getByRole('button', { name: /^Afficher les \d+ suivantes$/ }).click();
		const from = Math.max(0, last - 3) * 50;
		const to = Math.min((last + 1) * 50, total);
		await expect(shownCount).toHaveText(
			from ? `${from + 1} à ${to} affichées sur ${total}` : `${to} affichées sur ${total}`
		);
		await expect(pending).toHaveCount(to - from);
		for (const name of await pending.locator('a > strong').allTextContents()) seen.add(name);
	}
	await expect(page.getByRole('button', { name: /suivantes/ })).toHaveCount(0);
	expect(lots.filter((lot) => !seen.has(lot))).toEqual([]);
	// Compact: what leaves stays folded until asked.
	await expect(pending.first().getByTestId('reminder-previews')).not.toHaveAttribute('open');
	// Back one page: the earlier fifty come again, the last ones go.
	const lastPage = Math.ceil(total / 50) - 1;
	await page.getByRole('button', { name: 'Afficher les 50 précédentes' }).click();
	await expect(shownCount).toHaveText(`${(lastPage - 4) * 50 + 1} à ${lastPage * 50} affichées sur ${total}`);

	// Filters narrow the cached list, offline too.
	const bySms = before.filter((r) => r.recipients.some((p) => p.channels.includes('sms')));
	await page.getByText('Filtrer la liste').click();
	await page.getByLabel('Canal').selectOption('sms');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/canal=sms/);
	await expect(page.getByTestId('shown-count')).toHaveText(`${bySms.length} affichées sur ${bySms.length}`);
	await expect(page.getByTestId('pending')).toHaveCount(bySms.length);
	// Each card says which step it is; the step filter narrows further, from the cache's indexes.
	await expect(page.getByTestId('pending').filter({ hasText: 'Par SMS 1' }).getByTestId('step')).toHaveText(
		'Relance manuelle'
	);
	const steps = [...new Set(before.map((r) => r.step))];
	expect(steps).toContain('manual');
	await page.getByLabel('Étape', { exact: true }).selectOption('manual');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page).toHaveURL(/etape=manual/);
	const manualSms = bySms.filter((r) => r.step === 'manual');
	await expect(page.getByTestId('shown-count')).toHaveText(`${manualSms.length} affichées sur ${manualSms.length}`);
	await expect(page.getByTestId('step')).toHaveText(Array(manualSms.length).fill('Relance manuelle'));
	await page.getByLabel('Étape', { exact: true }).selectOption('');
	await page.getByRole('button', { name: 'Filtrer' }).click();
	await expect(page.getByTestId('pending')).toHaveCount(bySms.length);
	await context.setOffline(false);

	// The filtered set, and nothing else, once confirmed with its number.
	await page.getByRole('button', { name: `Valider les ${bySms.length} affichées` }).click();
	await expect(page.getByTestId('approve-filtered')).toContainText(`Valider ces ${bySms.length} relances ?`);
	await page.getByRole('button', { name: `Oui, valider les ${bySms.length}` }).click();
	await expect(page.getByTestId('pending')).toHaveCount(0);
	await expect.poll(async () => (await pendingOnServer()).length).toBe(before.length - bySms.length);
	const left = new Set((await pendingOnServer()).map((r) => r.id));
	expect(bySms.every((r) => !left.has(r.id))).toBe(true);
	expect(before.filter((r) => !bySms.includes(r)).every((r) => left.has(r.id))).toBe(true);
	await context.close();
	await manager.context.close();
});

test('under the four-eyes rule, a reminder its approver made says another approver must approve it', async ({
	browser
}) => {
	const admin = await phone(browser);
	await login(admin.page, 'admin@demo.relance.fr');
	const fourEyes = async (on: boolean) => {
		await admin.page.goto('/reglages/organisation');
		const rule = admin.page.getByLabel('Quatre yeux : interdire de valider ses propres relances');
		await rule.setChecked(on);
		await admin.page
			.locator('form')
			.filter({ has: rule })
			.getByRole('button', { name: 'Enregistrer', exact: true })
			.click();
		await expect(admin.page.getByRole('status').first()).toBeVisible();
	};
	await fourEyes(true);
	try {
		await createPending(admin.page, ['Faite par l’admin']);
		await admin.page.goto('/a-valider');
		const own = admin.page.getByTestId('pending').filter({ hasText: 'Faite par l’admin' });
		// Dated a week ahead, it comes after the demo's and the other tests' pending reminders: page on to it.
		// The admin's first sync renders every pending reminder's text: it may take a while.
		await expect(admin.page.getByTestId('pending').first()).toBeVisible({ timeout: 20_000 });
		const next = admin.page.getByRole('button', { name: /^Afficher les \d+ suivantes$/ });
		while (!(await own.count()) && (await next.count())) await next.click();
		await expect(own.getByTestId('self-made')).toHaveText(
			"Vous l'avez créée ou modifiée : un autre valideur doit la valider",
			{ timeout: 20_000 }
		);
		await expect(own.getByRole('button', { name: 'Valider' })).toHaveCount(0);
	} finally {
		await fourEyes(false);
	}
	await admin.context.close();
});
