import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { SyncResponse } from '../../src/lib/offline/types';

const PASSWORD = 'relance-demo';

/** The service worker's global scope as these tests use it: the DOM lib has no worker types. */
interface WorkerScope {
	registration: ServiceWorkerRegistration;
	dispatchEvent(event: Event): boolean;
	NotificationEvent: new (type: string, init: { notification: Notification; action: string }) => Event;
}

async function login(page: Page, email: string) {
	await page.goto('/login');
	await page.getByLabel('Adresse e-mail').fill(email);
	await page.getByLabel('Mot de passe').fill(PASSWORD);
	await page.getByRole('button', { name: 'Se connecter' }).click();
	await page.waitForURL(/\/(aujourdhui|a-valider)$/);
}

async function phone(browser: import('@playwright/test').Browser): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext({ ...test.info().project.use });
	return { context, page: await context.newPage() };
}

/** Pending reminders made by the manager over HTTP, as his form posts them; returns their ids. */
async function createPending(manager: Page, descriptions: string[]): Promise<string[]> {
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
				sendDate: new Date(Date.now() + 7 * 864e5).toISOString().slice(0, 10),
				shortDescription,
				description: '',
				emailSubject: 'Loyer impayé — {{ compte }}',
				emailBody: 'Bonjour {{ civilite }} {{ nom }}, votre solde est de {{ solde }}.',
				smsText: 'Solde dû : {{ solde }}',
				letterBody: 'Madame, Monsieur',
				[`channels_${contact.id}`]: 'email',
				requiresValidation: 'on',
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
	await page.waitForFunction(async (p) => !!(await (await caches.open('relance-pages')).match(p)), path);
}

test('the app is installable and, after one visit, opens offline with its cached list; an approval made offline lands once, after a reload', async ({ browser }) => {
	const manager = await phone(browser);
	await login(manager.page, 'gestionnaire@demo.relance.fr');
	const [id] = await createPending(manager.page, ['Relance hors ligne']);

	const { context, page } = await phone(browser);
	await login(page, 'valideur@demo.relance.fr');
	const item = page.getByTestId('pending').filter({ hasText: 'Relance hors ligne' });
	await expect(item).toBeVisible();
	await expect(item.locator('pre')).toContainText('Loyer impayé');
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
	await expect(item.locator('pre')).toContainText('Loyer impayé');

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
	await expect(page.getByTestId('pending').filter({ hasText: 'Modifiée entre-temps' })).toBeVisible();
	await readyOffline(page, '/a-valider');
	await context.setOffline(true);
	await page.getByTestId('pending').filter({ hasText: 'Validée par un autre' }).getByRole('button', { name: 'Valider' }).click();
	const changed = page.getByTestId('pending').filter({ hasText: 'Modifiée entre-temps' });
	await changed.getByLabel('Motif du rejet').fill('Montant à revoir');
	await changed.getByRole('button', { name: 'Rejeter' }).click();
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
	const saved = await page.evaluate(async () => (await (await caches.open('relance-pages')).keys()).map((r) => new URL(r.url).pathname));
	expect(saved.filter((p) => p !== '/login')).toEqual([]);
});

test('a push message delivered to the service worker shows a notification whose tap opens the reminder', async ({ browser }) => {
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
		.poll(() => worker.evaluate(async () => (await (self as unknown as WorkerScope).registration.getNotifications()).map((n) => n.title)))
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
