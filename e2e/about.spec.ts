import { expect, test } from '@playwright/test';
import { openApp } from './app';

test('About offers the whole model description, rendered from docs/model.md, and closes with Escape', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /^About/ }).click();
  const dialog = page.getByRole('dialog', { name: 'About the model' });
  await expect(dialog).toBeVisible();
  const toggle = dialog.getByRole('button', { name: 'Read the full model description' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  const doc = dialog.getByRole('article', { name: 'How IOV Planner computes its numbers' });
  await expect(doc.getByRole('heading', { name: /The whitepaper's claims, measured/ })).toBeVisible();
  await expect(doc.getByRole('cell', { name: 'C14', exact: true })).toBeVisible();
  await expect(doc.getByRole('heading', { name: /Known limits/ })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Hide the full model description' })).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
