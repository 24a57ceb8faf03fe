'use client';

import { useActionState, useState } from 'react';
import { searchCompaniesAction, searchPeopleAction } from '@/app/admin/films/actions';
import { deleteCompanyAction, mergeCompaniesAction, saveCompanyAction } from '@/app/admin/companies/actions';
import { deletePersonAction, mergePeopleAction, savePersonAction } from '@/app/admin/people/actions';
import { EntityPicker } from '@/components/admin/entity-picker';
import { Button } from '@/components/ui/button';
import { FieldError, FormMessage, TextAreaField, TextField } from '@/components/ui/form-controls';
import { SubmitButton } from '@/components/ui/submit-button';
import { IDLE } from '@/lib/forms';

type Kind = 'person' | 'company';

export function PersonForm({ person }: { person: { id: number; name: string; slug: string; bio: string | null } | null }) {
  const [state, action] = useActionState(savePersonAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      {person && <input type="hidden" name="id" value={person.id} />}
      <TextField name="name" label="Name" state={state} defaultValue={person?.name} required autoComplete="off" />
      <TextField
        name="slug"
        label="Slug"
        state={state}
        defaultValue={person?.slug}
        hint="The public page is /people/<slug>. Left empty, it is made from the name."
      />
      <TextAreaField name="bio" label="Biography" rows={6} state={state} defaultValue={person?.bio ?? ''} />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">{person ? 'Save changes' : 'Create person'}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function CompanyForm({ company }: { company: { id: number; name: string; slug: string } | null }) {
  const [state, action] = useActionState(saveCompanyAction, IDLE);
  return (
    <form action={action} className="space-y-4">
      {company && <input type="hidden" name="id" value={company.id} />}
      <TextField name="name" label="Name" state={state} defaultValue={company?.name} required autoComplete="off" />
      <TextField name="slug" label="Slug" state={state} defaultValue={company?.slug} hint="Left empty, it is made from the name." />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">{company ? 'Save changes' : 'Create company'}</SubmitButton>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** Picks a duplicate of the current record and which of the two survives. */
export function MergeForm({ kind, current }: { kind: Kind; current: { id: number; name: string } }) {
  const [state, action] = useActionState(kind === 'person' ? mergePeopleAction : mergeCompaniesAction, IDLE);
  const [other, setOther] = useState<{ id: number; name: string } | null>(null);
  const [keep, setKeep] = useState<'current' | 'other'>('current');
  const noun = kind === 'person' ? 'person' : 'company';
  const links = kind === 'person' ? 'credits' : 'film listings';
  return (
    <form action={action} className="space-y-4">
      {!other ? (
        <EntityPicker
          label={`Find the duplicate ${noun}`}
          noun={noun}
          placeholder="Type a name…"
          search={kind === 'person' ? searchPeopleAction : searchCompaniesAction}
          onPick={(p) => 'id' in p && setOther(p)}
          excludeIds={[current.id]}
          allowCreate={false}
        />
      ) : (
        <>
          <input type="hidden" name="keepId" value={keep === 'current' ? current.id : other.id} />
          <input type="hidden" name="removeId" value={keep === 'current' ? other.id : current.id} />
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Which record stays?</legend>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" checked={keep === 'current'} onChange={() => setKeep('current')} />
              Keep <strong>{current.name}</strong> (this record)
            </label>
            <label className="flex items-center gap-2 text-sm">
              <input type="radio" checked={keep === 'other'} onChange={() => setKeep('other')} />
              Keep <strong>{other.name}</strong> (#{other.id})
            </label>
          </fieldset>
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            All {links} of <strong>{keep === 'current' ? other.name : current.name}</strong> move to{' '}
            <strong>{keep === 'current' ? current.name : other.name}</strong>, then it is deleted. Where both hold the same role on
            a film, one credit remains, with the better billing position.
          </p>
          <div className="flex items-center gap-3">
            <SubmitButton pendingLabel="Merging…">Merge</SubmitButton>
            <Button variant="secondary" onClick={() => setOther(null)}>
              Choose another
            </Button>
          </div>
        </>
      )}
      <FieldError id="merge-error" errors={state.fieldErrors?.removeId ?? state.fieldErrors?.keepId} />
      <FormMessage state={state} />
    </form>
  );
}

export function DeleteForm({ kind, id, name, blocked }: { kind: Kind; id: number; name: string; blocked: string | null }) {
  const [state, action] = useActionState(kind === 'person' ? deletePersonAction : deleteCompanyAction, IDLE);
  return (
    <form
      action={action}
      className="space-y-3"
      onSubmit={(e) => {
        if (!window.confirm(`Delete ${name}? This cannot be undone.`)) e.preventDefault();
      }}
    >
      <input type="hidden" name="id" value={id} />
      {blocked && <p className="text-sm text-ink-soft">{blocked}</p>}
      <SubmitButton variant="danger">
        Delete {kind === 'person' ? 'person' : 'company'}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
