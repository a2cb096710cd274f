// The modern catalog (issue 22, item 5): a link without a cable part of its own gets the cheapest
// cable that reaches its length, the inspector says which, and a cable too short for its run is a
// finding that names the part, its reach and the length.
import { expect, test } from '@playwright/test';
import { canvas, openApp, openTemplate, showTab, TEMPLATE, waitUpToDate } from './app';

test.describe.configure({ timeout: 240_000 });

test('a 30 m uplink gets optics, a 2 m one a DAC; a DAC picked for 30 m is an error naming its 5 m reach', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, TEMPLATE.modernEthernet);
  await waitUpToDate(page);
  // The cable's load label covers its middle: select it from the keyboard, as a keyboard user does.
  await canvas(page).getByRole('button', { name: 'Cable from 100GbE spine switches to Existing LAN' }).focus();
  await page.keyboard.press('Enter');
  await showTab(page, 'Inspector');
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: '100GbE spine switches ↔ Existing LAN' })).toBeVisible();
  const cablePart = inspector.getByRole('combobox', { name: 'Cable part' });
  await expect(cablePart.locator('option:checked')).toHaveText('Default by length and rate — 100GbE AOC (QSFP28), ≤ 100 m');

  const length = inspector.getByLabel('Length (m)');
  await length.fill('2');
  await length.press('Enter');
  await expect(cablePart.locator('option:checked')).toHaveText('Default by length and rate — Ethernet DAC (SFP28/QSFP28)');

  await cablePart.selectOption('cab-eth-dac');
  await length.fill('30');
  await length.press('Enter');
  // The findings follow the edit once the simulation has run (minutes on a busy machine).
  await showTab(page, 'Findings');
  const findings = page.getByRole('region', { name: 'Findings' });
  await expect(findings.getByRole('group', { name: /^Error/ })).toContainText(
    'The cable "100GbE spine switches" ↔ "Existing LAN" is 30 m long; its cable part, Ethernet DAC (SFP28/QSFP28), reaches 5 m.',
    { timeout: test.info().timeout },
  );
});
