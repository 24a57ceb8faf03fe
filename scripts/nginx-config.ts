/**
 * deploy/nginx.conf made runnable in a temp dir by `npm run bench`: the same file, with only its
 * user, pid, log and cache paths, listen ports, certificate and upstream replaced. A change of
 * shape in the file (a directive renamed or gone) throws here rather than silently benchmarking
 * something else.
 */
export type DeployConfigOptions = {
  prefix: string;
  httpsPort: number;
  httpPort: number;
  upstreamPort: number;
  /** Null: the plain-HTTP variant (the TLS server block answers on httpsPort without TLS). */
  cert: { crt: string; key: string } | null;
  runAsRoot: boolean;
};

export function deployConfig(source: string, o: DeployConfigOptions): string {
  let conf = source;
  const sub = (re: RegExp, to: string) => {
    if (!re.test(conf)) throw new Error(`deploy/nginx.conf: expected ${re}`);
    conf = conf.replace(re, to);
  };
  sub(/^user\s+[^;]+;/m, o.runAsRoot ? 'user root;' : '');
  sub(/^pid\s+[^;]+;/m, `pid ${o.prefix}/nginx.pid;`);
  sub(/^error_log\s+[^;]+;/m, `error_log ${o.prefix}/logs/error.log warn;`);
  sub(/^(\s*)access_log\s+[^;]+;/m, '$1access_log off;');
  sub(/proxy_cache_path\s+\S+/, `proxy_cache_path ${o.prefix}/cache`);
  sub(/server\s+127\.0\.0\.1:3000/, `server 127.0.0.1:${o.upstreamPort}`);
  sub(/listen\s+80\b[^;]*;/g, `listen 127.0.0.1:${o.httpPort};`);
  sub(/listen\s+\[::\]:80\b[^;]*;/g, '');
  sub(/listen\s+\[::\]:443\b[^;]*;/g, '');
  if (o.cert) {
    sub(/listen\s+443\b([^;]*);/g, `listen 127.0.0.1:${o.httpsPort}$1;`);
    sub(/ssl_certificate\s+[^;]+;/, `ssl_certificate ${o.cert.crt};`);
    sub(/ssl_certificate_key\s+[^;]+;/, `ssl_certificate_key ${o.cert.key};`);
  } else {
    sub(/listen\s+443\b[^;]*;/g, `listen 127.0.0.1:${o.httpsPort};`);
    sub(/^\s*ssl_[a-z_]+\s+[^;]+;\n/gm, '');
  }
  return conf;
}
