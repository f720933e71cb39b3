import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { login } from './login';

/**
 * The demo's debtors are more rows than the e2e server's EXPORT_OPERATION_ROWS: their list is a
 * large export, made in the background.
 */
test('a large export shows its progress, then its file downloads', async ({ page }) => {
	test.setTimeout(180_000);
	await login(page, 'gestionnaire@demo.relance.fr');
	await page.goto('/exporter');
	await page.getByRole('button', { name: 'Débiteurs (CSV)' }).click();
	await expect(page).toHaveURL(/\/exporter\?operation=[0-9a-f-]{36}$/);
	const operation = page.getByTestId('operation');
	await expect(operation).toHaveAttribute('data-status', 'done', { timeout: 120_000 });
	const total = Number(await operation.getAttribute('data-total'));
	expect(total).toBeGreaterThan(50);
	await expect(page.getByTestId('operation-outcome')).toHaveText(`Le fichier est prêt : ${total} lignes.`);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-download').click()]);
	expect(download.suggestedFilename()).toMatch(/^Débiteurs \d{4}-\d{2}-\d{2}\.csv$/);
	const lines = (await readFile((await download.path())!, 'utf8')).replace('\ufeff', '').trim().split('\r\n');
	expect(lines).toHaveLength(total + 1);
	expect(lines[0]).toMatch(/^Compte;/);
});
