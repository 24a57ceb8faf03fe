import Link from 'next/link';

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
        <nav aria-label="Main">
          <ul className="flex gap-6 text-sm font-medium uppercase tracking-wider">
            <li>
              <Link className="hover:text-accent" href="/#latest">
                Latest reviews
              </Link>
            </li>
            <li>
              <Link className="hover:text-accent" href="/#films">
                Films
              </Link>
            </li>
            <li>
              <Link className="hover:text-accent" href="/#critics">
                Critics
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
