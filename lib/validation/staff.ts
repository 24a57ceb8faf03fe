/** zod schemas for staff accounts and profiles, one per intent. */
import { z } from 'zod';
import { STAFF_ROLES } from '@/lib/workflow-states';
import { slugSchema } from '@/lib/slug';

export const PASSWORD_MIN = 10;

export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(200, 'Use at most 200 characters.');

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address.')
  .max(320, 'That address is too long.')
  .pipe(z.email('Enter a valid email address.'));

export const roleSchema = z.enum(STAFF_ROLES, { error: 'Choose a role.' });

export const PEN_NAME_MAX = 60;
export const penNameSchema = z.string().trim().min(1, 'Enter a pen name.').max(PEN_NAME_MAX, `Use at most ${PEN_NAME_MAX} characters.`);

export const createStaffSchema = z
  .object({
    email: emailSchema,
    name: z.string().trim().min(1, 'Enter the person’s name.').max(120, 'Use at most 120 characters.'),
    role: roleSchema,
    penName: z.string().trim().max(60, 'Use at most 60 characters.').optional().default(''),
    passwordMode: z.enum(['temporary', 'link'], { error: 'Choose how the person gets a password.' }),
    temporaryPassword: z.string().optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.passwordMode === 'temporary') {
      const r = passwordSchema.safeParse(v.temporaryPassword);
      if (!r.success) ctx.addIssue({ code: 'custom', path: ['temporaryPassword'], message: r.error.issues[0]!.message });
    }
  });
export type CreateStaffInput = z.infer<typeof createStaffSchema>;

export const resetPasswordSchema = z
  .object({
    userId: z.coerce.number().int().positive(),
    passwordMode: z.enum(['temporary', 'link']),
    temporaryPassword: z.string().optional().default(''),
  })
  .superRefine((v, ctx) => {
    if (v.passwordMode === 'temporary') {
      const r = passwordSchema.safeParse(v.temporaryPassword);
      if (!r.success) ctx.addIssue({ code: 'custom', path: ['temporaryPassword'], message: r.error.issues[0]!.message });
    }
  });

export const changeRoleSchema = z.object({ userId: z.coerce.number().int().positive(), role: roleSchema });
export const setDisabledSchema = z.object({
  userId: z.coerce.number().int().positive(),
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, 'Enter your current password.'),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ.' });

export const setPasswordSchema = z
  .object({ token: z.string().min(20).max(200), newPassword: passwordSchema, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ['confirmPassword'], message: 'The two passwords differ.' });

export const profileSchema = z.object({
  penName: penNameSchema,
  slug: slugSchema,
  bio: z.string().trim().max(2000, 'Use at most 2,000 characters.'),
});
export type ProfileInput = z.infer<typeof profileSchema>;
