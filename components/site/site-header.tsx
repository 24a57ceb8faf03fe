import Link from 'next/link';
import { routes } from '@/lib/routes';
import { ThemeSwitch } from './theme-switch';

export function SiteHeader() {
  return (
    <header className="border-b-4 border-double border-ink/80">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-4 px-5 pb-3 pt-6">
        <Link href="/" className="group leading-none">
          <span className="block font-serif text-5xl font-black tracking-tight text-ink group-hover:text-accent">
            Bobine
          </span>
          <span className="mt-1 block text-xs uppercase tracking-[0.3em] text-ink-soft">Film reviews, several voices</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
          <nav aria-label="Main">
            <ul className="flex gap-6 text-sm font-medium uppercase tracking-wider">
              <li>
                <Link className="hover:text-accent" href={routes.films()}>
                  Films
                </Link>
              </li>
              <li>
                <Link className="hover:text-accent" href={routes.reviewers()}>
                  Critics
                </Link>
              </li>
              <li>
                <Link className="hover:text-accent" href={routes.people()}>
                  People
                </Link>
              </li>
            </ul>
          </nav>
          {/* A plain GET form: search works without JavaScript. */}
          {/* Named: /search has a second search landmark, and two unnamed ones are indistinguishable. */}
          <form method="get" action={routes.search()} role="search" aria-label="Site search" className="flex items-center">
            <label htmlFor="site-search" className="sr-only">
              Search
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              placeholder="Films, people, reviews"
              maxLength={200}
              className="w-48 rounded-l-md border border-r-0 border-stone-300 bg-surface px-3 py-1.5 text-sm text-ink placeholder:text-stone-500 focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
            />
            <button
              type="submit"
              className="rounded-r-md border border-ink bg-ink px-3 py-1.5 text-sm font-semibold text-paper hover:border-accent hover:bg-accent"
            >
              Search
            </button>
          </form>
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
