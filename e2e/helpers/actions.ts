import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

type Manifest = { node: Record<string, { filename: string; exportedName: string }> };

/** The id Next.js gave a server action in the build the test server runs. */
export function serverActionId(filename: string, exportedName: string): string {
  const file = path.resolve(__dirname, '../../.next/server/server-reference-manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const found = Object.entries(manifest.node).find(([, a]) => a.filename === filename && a.exportedName === exportedName);
  if (!found) throw new Error(`No server action ${exportedName} in ${filename}`);
  return found[0];
}

/**
 * Calls a server action the way a crafted request would: a POST with the action's id and its
 * arguments, with the page's cookies, bypassing every button and check of the interface.
 */
export async function callServerAction(page: Page, at: string, filename: string, exportedName: string, args: unknown[]) {
  const origin = new URL(page.url()).origin;
  return page.request.post(at, {
    headers: { 'Next-Action': serverActionId(filename, exportedName), 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: origin },
    data: JSON.stringify(args),
  });
}
