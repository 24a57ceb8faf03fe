/**
 * Stills and portraits, end to end: an editor uploads a still into a film from the film editor and
 * the public film page shows it in its Stills gallery (alt text, caption, credit, AVIF and WebP
 * sources, width and height, lazy); a critic sets a portrait on their profile and /reviewers shows
 * it, with no serious or critical axe finding.
 */
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { slugify } from '../lib/slug';
import { sessionAs } from './helpers/auth';
import { seriousAxeViolations } from './helpers/axe';
import { uniqueTag } from './helpers/unique';

async function picture(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

test('an editor adds a still to a film and the film page shows it; a critic sets a portrait and /reviewers shows it', async ({ browser }, testInfo) => {
  const tag = uniqueTag(testInfo);
  const title = `Gallery ${tag}`;

  const editor = await sessionAs(browser, 'editor');
  await editor.page.goto('/admin/films/new');
  await editor.page.getByLabel('Title', { exact: true }).fill(title);
  await editor.page.getByRole('button', { name: 'Create film' }).click();
  await expect(editor.page).toHaveURL(/\/admin\/films\/\d+\?created=1$/);

  const panel = editor.page.getByRole('region', { name: 'Stills' });
  await panel.getByRole('button', { name: '+ Add a still' }).click();
  const picker = panel.getByRole('form', { name: 'Add a still' });
  await picker.getByLabel('Image file').setInputFiles({ name: `still-${tag}.jpg`, mimeType: 'image/jpeg', buffer: await picture(1600, 900, '#7a2e2e') });
  await picker.getByLabel('Alt text').fill(`Two dancers on a red stage ${tag}`);
  await picker.getByLabel('Caption').fill(`The rehearsal ${tag}`);
  await picker.getByLabel('Credit').fill('© Bobine test pictures');
  await picker.getByRole('button', { name: 'Upload and add still' }).click();
  await expect(panel.getByRole('status')).toHaveText('Stills saved.');
  await expect(panel.getByRole('list', { name: 'Stills' }).getByRole('listitem')).toHaveCount(1);
  await editor.context.close();

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/films/${slugify(title)}`);
  const gallery = visitor.getByRole('region', { name: 'Stills', exact: true });
  const img = gallery.getByRole('img', { name: `Two dancers on a red stage ${tag}` });
  await expect(img).toHaveAttribute('width', '1600');
  await expect(img).toHaveAttribute('height', '900');
  await expect(img).toHaveAttribute('loading', 'lazy');
  await expect(gallery.locator('figcaption')).toContainText(`The rehearsal ${tag}`);
  await expect(gallery.locator('figcaption')).toContainText('© Bobine test pictures');
  for (const type of ['avif', 'webp']) {
    await expect(gallery.locator(`picture source[type="image/${type}"]`)).toHaveAttribute('srcset', new RegExp(`/media/\\d+/[0-9a-f]{16}/640\\.${type} 640w`));
  }

  // Margaux sets a new portrait (uploaded from her profile); /reviewers shows it beside her name.
  const critic = await sessionAs(browser, 'margaux');
  await critic.page.goto('/admin/profile');
  const portrait = critic.page.getByRole('region', { name: 'Portrait' });
  await portrait.getByRole('button', { name: /portrait/ }).first().click();
  const choose = portrait.getByRole('form', { name: 'Choose a portrait' });
  await choose.getByLabel('Image file').setInputFiles({ name: `margaux-${tag}.jpg`, mimeType: 'image/jpeg', buffer: await picture(600, 600, '#2a8c7e') });
  await choose.getByLabel('Alt text').fill(`Margaux in teal ${tag}`);
  await choose.getByLabel('Credit').fill('© Bobine test pictures');
  await choose.getByRole('button', { name: 'Upload and use as portrait' }).click();
  await expect(portrait.getByRole('status')).toHaveText('Portrait saved.');
  await critic.context.close();

  await visitor.goto('/reviewers');
  const card = visitor.getByRole('listitem').filter({ has: visitor.getByRole('heading', { name: 'Margaux' }) });
  const face = card.getByRole('img', { name: `Margaux in teal ${tag}` });
  await expect(face).toHaveAttribute('width', '72');
  await expect(card.locator('picture source[type="image/avif"]')).toHaveAttribute('srcset', /\/96\.avif 96w/);
  expect(await seriousAxeViolations(visitor)).toEqual([]);
  await visitorContext.close();
});
