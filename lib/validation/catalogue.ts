/**
 * zod schemas for the catalogue screens: films (with their releases, genres, credits and companies),
 * people and companies. The film editor sends its dynamic rows as JSON in hidden fields; they are
 * parsed here like any other input.
 */
import { z } from 'zod';
import { COMPANY_ROLES, CREDIT_ROLES, RELEASE_KINDS } from '@/lib/catalogue';
import { isoDateSchema } from '@/lib/dates';
import { slugSchema } from '@/lib/slug';
import { TEXT_FIELD_MAX } from '@/lib/validation/review';

const optionalText = (max: number, label: string) =>
  z
    .string()
    .nullish()
    .transform((s) => (s ?? '').trim())
    .pipe(z.string().max(max, `${label} is at most ${max} characters.`))
    .transform((s) => (s === '' ? null : s));

const nameSchema = z.string().trim().min(1, 'Enter a name.').max(160, 'Use at most 160 characters.');

/** An empty slug field means "derive it from the title/name". */
const optionalSlug = z
  .string()
  .trim()
  .transform((s) => (s === '' ? null : s))
  .pipe(slugSchema.nullable());

const idSchema = z.number().int().positive();

export const releaseRowSchema = z.object({
  country: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Choose a country.'),
  date: isoDateSchema,
  kind: z.enum(RELEASE_KINDS, { error: 'Choose a release kind.' }),
  certification: optionalText(40, 'A certification'),
});

/** A credit names an existing person by id, or a new person to create by name. */
export const creditRowSchema = z
  .object({
    personId: idSchema.nullable(),
    newName: z.string().trim().max(160, 'Use at most 160 characters.').nullable(),
    role: z.enum(CREDIT_ROLES, { error: 'Choose a role.' }),
    character: optionalText(160, 'A character name'),
  })
  .refine((c) => c.personId !== null || (c.newName ?? '') !== '', { message: 'Choose a person or type a new name.', path: ['personId'] });

export const companyRowSchema = z
  .object({
    companyId: idSchema.nullable(),
    newName: z.string().trim().max(160, 'Use at most 160 characters.').nullable(),
    role: z.enum(COMPANY_ROLES, { error: 'Choose a role.' }),
  })
  .refine((c) => c.companyId !== null || (c.newName ?? '') !== '', { message: 'Choose a company or type a new name.', path: ['companyId'] });

/** JSON text from a hidden field, parsed before the row schema runs. */
function jsonField<T extends z.ZodType>(rows: T) {
  return z
    .string()
    .default('[]')
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'The form sent unreadable rows; reload the page.' });
        return z.NEVER;
      }
    })
    .pipe(z.array(rows).max(500, 'Too many rows.'));
}

export const filmFormSchema = z
  .object({
    filmId: z.coerce.number().int().positive().optional(),
    title: z.string().trim().min(1, 'Enter the title.').max(200, 'Use at most 200 characters.'),
    originalTitle: optionalText(200, 'The original title'),
    slug: optionalSlug,
    synopsis: z.string().trim().max(1000, 'Use at most 1,000 characters.'),
    releaseKind: z.enum(RELEASE_KINDS, { error: 'Choose a release kind.' }),
    runtimeMinutes: z
      .string()
      .trim()
      .transform((s) => (s === '' ? null : Number(s)))
      .pipe(
        z
          .number({ error: 'Enter a number of minutes.' })
          .int('Enter whole minutes.')
          .min(1, 'A running time is at least 1 minute.')
          .max(2000, 'That running time is too long.')
          .nullable(),
      ),
    ageRating: optionalText(40, 'An age rating'),
    // Same ceilings as a review's overrides; the ~60/~155 guidance is shown, not enforced.
    seoTitle: optionalText(TEXT_FIELD_MAX.seoTitle, 'A search title'),
    seoDescription: optionalText(TEXT_FIELD_MAX.seoDescription, 'A search description'),
    genreIds: z.array(z.coerce.number().int().positive()).max(50).default([]),
    newGenres: z
      .string()
      .default('')
      .transform((s) =>
        s
          .split(',')
          .map((g) => g.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().max(60, 'A genre name is at most 60 characters.')).max(20, 'Add at most 20 genres at once.')),
    releases: jsonField(releaseRowSchema),
    credits: jsonField(creditRowSchema),
    companies: jsonField(companyRowSchema),
    removePoster: z
      .string()
      .optional()
      .transform((v) => v === 'on' || v === 'true'),
  })
  .superRefine((v, ctx) => {
    const seenRelease = new Set<string>();
    v.releases.forEach((r, i) => {
      const key = `${r.country}/${r.kind}`;
      if (seenRelease.has(key)) ctx.addIssue({ code: 'custom', path: ['releases', i, 'country'], message: 'This country already has a release of this kind.' });
      seenRelease.add(key);
    });
    const seenCredit = new Set<string>();
    v.credits.forEach((c, i) => {
      const key = `${c.role}/${c.personId ?? `new:${c.newName!.toLowerCase()}`}`;
      if (seenCredit.has(key)) ctx.addIssue({ code: 'custom', path: ['credits', i, 'personId'], message: 'This person already holds this role.' });
      seenCredit.add(key);
    });
    const seenCompany = new Set<string>();
    v.companies.forEach((c, i) => {
      const key = `${c.role}/${c.companyId ?? `new:${c.newName!.toLowerCase()}`}`;
      if (seenCompany.has(key)) ctx.addIssue({ code: 'custom', path: ['companies', i, 'companyId'], message: 'This company already holds this role.' });
      seenCompany.add(key);
    });
  });
export type FilmInput = z.infer<typeof filmFormSchema>;

/** Reads a FormData into the shape filmFormSchema expects (genre checkboxes repeat one name). */
export function filmFormInput(formData: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of ['filmId', 'title', 'originalTitle', 'slug', 'synopsis', 'releaseKind', 'runtimeMinutes', 'ageRating', 'seoTitle', 'seoDescription', 'newGenres', 'releases', 'credits', 'companies', 'removePoster']) {
    const v = formData.get(key);
    if (typeof v === 'string') raw[key] = v;
  }
  if (raw.filmId === '') delete raw.filmId;
  raw.genreIds = formData.getAll('genreIds').filter((v) => typeof v === 'string');
  return raw;
}

export const personFormSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  name: nameSchema,
  slug: optionalSlug,
  bio: z.string().trim().max(5000, 'Use at most 5,000 characters.').default(''),
});
export type PersonInput = z.infer<typeof personFormSchema>;

export const companyFormSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  name: nameSchema,
  slug: optionalSlug,
});
export type CompanyInput = z.infer<typeof companyFormSchema>;

export const mergeSchema = z
  .object({
    keepId: z.coerce.number({ error: 'Choose the record to keep.' }).int().positive('Choose the record to keep.'),
    removeId: z.coerce.number({ error: 'Choose the duplicate.' }).int().positive('Choose the duplicate.'),
  })
  .refine((v) => v.keepId !== v.removeId, { path: ['removeId'], message: 'Choose a different record to merge.' });

export const idFormSchema = z.object({ id: z.coerce.number().int().positive() });

export const searchQuerySchema = z.string().trim().max(100).catch('');

/** List pages: ?q=&page= */
export const listParamsSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
