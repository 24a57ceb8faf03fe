import { readFileSync } from 'node:fs';
import { action, actionResult, callAction, FORM, idle, signIn } from '/work/wt-attack/attack/http';
const P = readFileSync('/work/wt-attack/attack/xss-payloads.txt', 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('# '));
const base = 'http://127.0.0.1:3431';
const admin = await signIn(base, 'admin');
for (const [i, p] of P.entries()) {
  const r = await callAction(base, admin, action('app/admin/staff/actions.ts', 'createStaffAction'), [idle, FORM], { email: `q${Date.now()}-${i}@attack.test`, name: p.slice(0, 120), role: 'reviewer', penName: p.slice(0, 60), passwordMode: 'link' });
  const res = actionResult(r.text);
  if (!(res as any).result) { console.log(i, p, r.status, r.text.split('\n').filter((l) => /^[01]:/.test(l)).map((l) => l.slice(0, 300))); }
}
