import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deployConfig } from './nginx-config';

const source = readFileSync(path.join(__dirname, '..', 'deploy', 'nginx.conf'), 'utf8');
const directives = source.replace(/#.*$/gm, '');

describe('deploy/nginx.conf', () => {
  it('keeps the promises the README makes about the micro-cache', () => {
    expect(directives).toMatch(/proxy_cache_lock\s+on;/);
    expect(directives).toMatch(/proxy_cache_use_stale\s+updating\s+error\s+timeout\b/);
    // Bobine's Cache-Control decides: no blanket lifetime for 200 pages outside the static locations.
    const beforeStatic = directives.slice(0, directives.indexOf('location /_next/static/'));
    expect(beforeStatic).not.toMatch(/proxy_cache_valid\s+(200|any)\b/);
    expect(directives).not.toMatch(/proxy_ignore_headers/);
    // Staff never go through the cache: session cookie, and the staff and sign-in paths.
    expect(directives).toMatch(/next-auth\\\.session-token/);
    expect(directives).toMatch(/proxy_cache_bypass\s+\$bobine_staff;/);
    expect(directives).toMatch(/proxy_no_cache\s+\$bobine_staff;/);
    expect(directives).toMatch(/location ~ \^\/\(admin\|login\|set-password\|api\)\(\/\|\$\) \{\s*proxy_cache off;/);
    // Bobine reads the last X-Forwarded-For hop: nginx must append, never replace.
    expect(directives).toMatch(/proxy_set_header\s+X-Forwarded-For\s+\$proxy_add_x_forwarded_for;/);
    expect(directives).toMatch(/gzip\s+on;/);
    expect(directives).toMatch(/location \/posters\/ \{[^}]*immutable/);
    expect(directives).toMatch(/location \/_next\/static\/ \{[^}]*immutable/);
  });

  it('is rewritten for the bench with only paths, ports and upstream changed', () => {
    const conf = deployConfig(source, { prefix: '/tmp/x', httpsPort: 3402, httpPort: 3403, upstreamPort: 3400, cert: { crt: '/tmp/c', key: '/tmp/k' }, runAsRoot: false });
    expect(conf).toContain('listen 127.0.0.1:3402 ssl http2;');
    expect(conf).toContain('server 127.0.0.1:3400;');
    expect(conf).toContain('proxy_cache_path /tmp/x/cache');
    expect(conf).not.toMatch(/listen\s+(80|443)\b|\[::\]|\/var\/|\/etc\/letsencrypt/);
    const plain = deployConfig(source, { prefix: '/tmp/x', httpsPort: 3402, httpPort: 3403, upstreamPort: 3400, cert: null, runAsRoot: false });
    expect(plain).not.toMatch(/^\s*ssl_/m);
    expect(plain).toContain('listen 127.0.0.1:3402;');
    expect(() => deployConfig(source.replace('proxy_cache_path', 'proxy_cache_paths'), { prefix: '/tmp/x', httpsPort: 1, httpPort: 2, upstreamPort: 3, cert: null, runAsRoot: false })).toThrow(/proxy_cache_path/);
  });

  it.skipIf(!existsSync('/usr/sbin/nginx'))('passes nginx -t (plain-HTTP variant)', () => {
    const prefix = mkdtempSync(path.join(tmpdir(), 'bobine-nginx-'));
    try {
      mkdirSync(path.join(prefix, 'logs'));
      const file = path.join(prefix, 'nginx.conf');
      writeFileSync(file, deployConfig(source, { prefix, httpsPort: 3492, httpPort: 3493, upstreamPort: 3490, cert: null, runAsRoot: process.getuid?.() === 0 }));
      const r = spawnSync('/usr/sbin/nginx', ['-t', '-p', prefix, '-c', file], { encoding: 'utf8' });
      expect(r.stderr).toMatch(/test is successful/);
    } finally {
      rmSync(prefix, { recursive: true, force: true });
    }
  });
});
