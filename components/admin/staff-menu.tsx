'use client';

import { usePathname } from 'next/navigation';
import { useState } from 'react';

/**
 * The staff navigation on a phone: folded behind a Menu button (aria-expanded) so the page starts
 * with its content; from the lg breakpoint on it is the open sidebar and the button is gone.
 */
export function StaffMenu({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  // Open for the page it was opened on: following a link closes it, so the next page starts with
  // its content, not the list.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="staff-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
        className="flex items-center gap-2 rounded-sm border border-white/25 px-3 py-1.5 text-sm font-medium text-white hover:bg-white/10 lg:hidden"
      >
        <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
          {open ? <path d="M5 5l10 10M15 5 5 15" /> : <path d="M3 5.5h14M3 10h14M3 14.5h14" />}
        </svg>
        Menu
      </button>
      <div id="staff-menu" className={`${open ? 'block' : 'hidden'} basis-full lg:block`}>
        {children}
      </div>
    </>
  );
}
