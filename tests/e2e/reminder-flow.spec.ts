import { expect, test } from '@playwright/test';
import { login } from './login';

test('a manager creates a reminder from a template on a phone, an approver approves it', async ({ browser }) => {
	const managerContext = await browser.newContext({ ...test.info().project.use });
	const page = await managerContext.newPage();
	await login(page, 'gestionnaire@demo.relance.fr');

	await page.getByRole('link', { name: 'Débiteurs' }).click();
	// Aujourd'hui has row links of its own: wait for the debtors' list before picking one.
	await page.waitForURL(/\/debiteurs$/);
	await page.locator('.row-link').first().click();
	await page.waitForURL(/\/debiteurs\/[0-9a-f-]{36}$/);
	const debtorUrl = page.url();
	await page.getByRole('link', { name: 'Nouvelle relance' }).click();
	await expect(page.getByRole('heading', { name: 'Nouvelle relance' })).toBeVisible();

	// Typed first, then a template chosen: choosing alone replaces nothing, its button applies it.
	await page.getByLabel('Descriptif court *').fill('Tapé à la main');
	await page.getByLabel('Insérer un modèle').selectOption({ label: 'Deuxième relance' });
	await page.waitForTimeout(500);
	await expect(page.getByLabel('Descriptif court *')).toHaveValue('Tapé à la main');
	await page.getByRole('button', { name: 'Appliquer le modèle' }).click();
	await expect(page.getByLabel('Descriptif court *')).toHaveValue('Deuxième relance');
	await expect(page.getByLabel('Validation avant envoi')).toBeChecked();
	// A week ahead: dated today, the approved reminder would leave at once inside the sending
	// hours (and read « En cours d'envoi »), or stay « Programmée » outside them.
	await page.getByLabel("Date d'envoi *").fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));

	const firstRecipient = page.locator('.recipient').first();
	const email = firstRecipient.getByRole('checkbox', { name: 'E-mail' });
	const letter = firstRecipient.getByRole('checkbox', { name: 'Courrier' });
	if (!(await email.isChecked()) && !(await letter.isChecked())) await letter.check();

	await page.getByRole('button', { name: 'Prévisualiser' }).click();
	const preview = page.getByTestId('preview').first();
	await expect(preview).toContainText('Aperçu pour');
	await expect(preview).not.toContainText('{{');

	await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Relance enregistrée.');
	await expect(page.getByTestId('status')).toHaveText('À valider');
	const reminderUrl = page.url().replace(/\?.*$/, '');

	await page.getByRole('link', { name: 'Modifier la relance' }).click();
	const locked = page.getByLabel('Validation avant envoi');
	await expect(locked).toBeChecked();
	await expect(locked).toBeDisabled();
	await expect(page.getByText('Verrouillé : cette relance a été créée avec validation')).toBeVisible();

	const approverContext = await browser.newContext({ ...test.info().project.use });
	const approver = await approverContext.newPage();
	await login(approver, 'valideur@demo.relance.fr');
	const item = approver.getByTestId('pending').filter({ hasText: 'Deuxième relance' }).first();
	// Other specs leave pending reminders of the same date: page on until it is drawn.
	await expect(approver.getByTestId('pending').first()).toBeVisible({ timeout: 20_000 });
	const next = approver.getByRole('button', { name: /^Afficher les \d+ suivantes$/ });
	while (!(await item.count()) && (await next.count())) await next.click();
	await expect(item).toBeVisible();
	await item.getByRole('button', { name: 'Valider' }).click();
	await expect(approver.getByRole('status')).toHaveText('Relance validée.');

	await page.goto(reminderUrl);
	await expect(page.getByTestId('status')).toHaveText('Programmée');
	const history = page.getByTestId('history');
	await expect(history).toContainText('Validée par');
	await expect(history).toContainText('Créée par');

	await page.goto(debtorUrl);
	await expect(page.getByText('Deuxième relance').first()).toBeVisible();
	await managerContext.close();
	await approverContext.close();
});
