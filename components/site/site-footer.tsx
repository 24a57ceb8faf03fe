import Link from 'next/link';
import { routes } from '@/lib/routes';

export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-rule bg-paper-deep render-lazily [contain-intrinsic-size:auto_16rem]">
      <div className="mx-auto grid max-w-6xl gap-6 px-5 py-10 text-sm text-ink-soft sm:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-black text-ink">Bobine</p>
          <p className="mt-2">An independent film magazine. Every film, several critics, one page.</p>
        </div>
        <nav aria-label="Footer">
          <ul className="space-y-1">
            <li>
              <Link className="hover:text-accent" href="/">
                Home
              </Link>
            </li>
            <li>
              <Link className="hover:text-accent" href={routes.login()}>
                Staff sign-in
              </Link>
            </li>
          </ul>
        </nav>
        <p className="sm:text-right">© {new Date().getFullYear()} Bobine. Reviews are the opinions of their authors.</p>
      </div>
    </footer>
  );
}
