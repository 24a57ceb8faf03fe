'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/form-controls';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { RELEASE_KIND_LABELS, RELEASE_KINDS, type ReleaseKind } from '@/lib/catalogue';
import { newRowKey } from './row-group-editor';

type Release = { country: string; date: string; kind: ReleaseKind; certification: string | null };
type ReleaseRow = Release & { key: string; certification: string };

const CONTROL =
  'rounded-md border border-stone-300 bg-surface px-2 py-1.5 text-sm focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30 aria-[invalid=true]:border-red-600';

/** A film's release dates, one row per country and kind, sent as JSON in the hidden field `releases`. */
export function ReleasesTable({
  initial,
  countries,
  errors,
}: {
  initial: Release[];
  countries: { code: string; name: string }[];
  errors: (key: string) => string[] | undefined;
}) {
  const [rows, setRows] = useState<ReleaseRow[]>(() => initial.map((r) => ({ key: newRowKey(), ...r, certification: r.certification ?? '' })));
  return (
    <>
      <input type="hidden" name="releases" value={JSON.stringify(rows.map(({ key: _key, ...r }) => r))} />
      <FieldError id="releases-error" errors={errors('releases')} />
      {rows.length === 0 && <p className="text-sm italic text-ink-soft">No release dates yet.</p>}
      {rows.length > 0 && (
        <Table look="inline">
          <TableHeader look="inline">
            <TableHead pad="inline">Country</TableHead>
            <TableHead pad="inline">Date</TableHead>
            <TableHead pad="inline">Kind</TableHead>
            <TableHead pad="inline">Certification</TableHead>
            <TableHead pad="inline-last">
              <span className="sr-only">Remove</span>
            </TableHead>
          </TableHeader>
          <TableBody look="inline">
            {rows.map((r, i) => {
              const update = (patch: Partial<ReleaseRow>) => setRows((current) => current.map((x) => (x.key === r.key ? { ...x, ...patch } : x)));
              // Errors come back by index in the order the rows were sent.
              const error = (field: string) => errors(`releases.${i}.${field}`);
              const rowErrors = ['country', 'date', 'kind', 'certification'].flatMap((f) => error(f) ?? []);
              return (
                <TableRow key={r.key} className="align-top">
                  <TableCell pad="inline">
                    <select
                      aria-label={`Country of release ${i + 1}`}
                      className={`${CONTROL} w-48`}
                      value={r.country}
                      aria-invalid={error('country') ? true : undefined}
                      onChange={(e) => update({ country: e.target.value })}
                    >
                      <option value="">Choose…</option>
                      {countries.map((c) => (
                        <option key={c.code} value={c.code}>
                          {c.name} ({c.code})
                        </option>
                      ))}
                    </select>
                  </TableCell>
                  <TableCell pad="inline">
                    <input
                      type="date"
                      aria-label={`Date of release ${i + 1}`}
                      className={CONTROL}
                      value={r.date}
                      aria-invalid={error('date') ? true : undefined}
                      onChange={(e) => update({ date: e.target.value })}
                    />
                  </TableCell>
                  <TableCell pad="inline">
                    <select
                      aria-label={`Kind of release ${i + 1}`}
                      className={CONTROL}
                      value={r.kind}
                      onChange={(e) => update({ kind: e.target.value as ReleaseKind })}
                    >
                      <ReleaseKindOptions />
                    </select>
                  </TableCell>
                  <TableCell pad="inline">
                    <input
                      aria-label={`Certification of release ${i + 1}`}
                      placeholder="e.g. PG-13"
                      className={`${CONTROL} w-32`}
                      value={r.certification}
                      onChange={(e) => update({ certification: e.target.value })}
                    />
                    {rowErrors.length > 0 && <p className="mt-1 text-sm text-red-700">{rowErrors.join(' ')}</p>}
                  </TableCell>
                  <TableCell pad="inline-last" className="text-right">
                    <Button
                      variant="icon-danger"
                      aria-label={`Remove release ${i + 1}`}
                      title="Remove"
                      onClick={() => setRows((current) => current.filter((x) => x.key !== r.key))}
                    >
                      ×
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Button
        variant="secondary"
        onClick={() => setRows((current) => [...current, { key: newRowKey(), country: '', date: '', kind: 'cinema', certification: '' }])}
      >
        + Add release
      </Button>
    </>
  );
}

export function ReleaseKindOptions() {
  return RELEASE_KINDS.map((k) => (
    <option key={k} value={k}>
      {RELEASE_KIND_LABELS[k]}
    </option>
  ));
}
