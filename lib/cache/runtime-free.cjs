/**
 * Public pages for anonymous readers, without Next.js's runtime.
 *
 * A public page of Bobine is finished HTML: its only interactive parts are a GET search form, a
 * <details> spoiler and the theme switch (plain inline script, lib/theme.ts). Yet the App Router
 * sends with it React, the router and the page's RSC payload again as inline scripts (about 140 kB
 * of script and 100 kB of the film page's 160 kB of HTML) only to hydrate markup that never
 * changes: Lighthouse's mobile run spent most of its blocking time there. Next.js has no switch to
 * leave the runtime out of one App Router page, so the front (scripts/serve.cjs) takes it out of the
 * copies it keeps for anonymous readers. Links then navigate as plain links.
 *
 * Safe by construction: a page whose RSC payload references any client component of the app (one
 * that needs hydrating to work) keeps its runtime. The app's client modules are read from the
 * build's client-reference manifests, so a client component added to a public page later makes
 * that page keep its scripts rather than break.
 *
 * Plain CommonJS: it runs in the server process outside Next.js's bundles.
 */
const fs = require('node:fs');
const path = require('node:path');

/**
 * The module ids of the app's own client components (everything in the build's client-reference
 * manifests that is not part of Next.js itself).
 * @param {string} distDir the build directory (.next)
 * @returns {Set<string>}
 */
function appClientModuleIds(distDir) {
  const ids = new Set();
  const appDir = path.join(distDir, 'server', 'app');
  const files = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('_client-reference-manifest.js')) files.push(full);
    }
  };
  if (fs.existsSync(appDir)) walk(appDir);
  for (const file of files) {
    // Each manifest is a script assigning globalThis.__RSC_MANIFEST[route]; run it in a sandbox.
    const sandbox = { globalThis: {} };
    sandbox.globalThis = sandbox;
    require('node:vm').runInNewContext(fs.readFileSync(file, 'utf8'), sandbox, { filename: file });
    for (const manifest of Object.values(sandbox.__RSC_MANIFEST ?? {})) {
      for (const [name, mod] of Object.entries(manifest.clientModules ?? {})) {
        if (!isFrameworkModule(name)) ids.add(String(mod.id));
      }
    }
  }
  return ids;
}

/** Next.js's own client modules (the router, boundaries, metadata): replaced by plain HTML behaviour. */
function isFrameworkModule(name) {
  return /(?:^|\/)node_modules\/next\//.test(name);
}

/** `<script …>…</script>` elements, attributes and body captured. */
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/**
 * A client reference in the inline RSC payload: `<row>:I[<module id>,` (a number with Turbopack, a
 * quoted string, escaped inside the script, with webpack).
 */
const CLIENT_REFERENCE = /:I\[([^,\]]{1,300}),/g;

/** Whether a <script> element is part of Next.js's runtime (bundles, bootstrap, RSC payload). */
function isRuntimeScript(attributes, body) {
  if (/\bsrc\s*=\s*"\/_next\//i.test(attributes)) return true;
  if (/\bid\s*=\s*"_R_"/.test(attributes)) return true; // the bundler's bootstrap
  const code = body.trimStart();
  return code.startsWith('self.__next_f') || code.startsWith('(self.__next_f');
}

/**
 * The page without Next.js's runtime, or null when the page needs it (it references one of the
 * app's client components, or it is not a page rendered by Next.js).
 * @param {string} html
 * @param {Set<string>} appClientIds
 * @returns {string | null}
 */
function withoutRuntime(html, appClientIds) {
  if (!html.includes('self.__next_f')) return null;
  for (const match of html.matchAll(CLIENT_REFERENCE)) {
    if (appClientIds.has(match[1].replace(/\\?"/g, ''))) return null;
  }
  return html
    .replace(SCRIPT, (element, attributes, body) => (isRuntimeScript(attributes, body) ? '' : element))
    .replace(/<link\b[^>]*\brel="(?:preload|modulepreload)"[^>]*\bas="script"[^>]*\/?>/gi, '')
    .replace(/<link\b[^>]*\bas="script"[^>]*\brel="(?:preload|modulepreload)"[^>]*\/?>/gi, '');
}

module.exports = { appClientModuleIds, withoutRuntime };
