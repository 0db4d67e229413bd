import { z } from "zod";
import { displayName } from "@/lib/contracts/names";

/** Shared by the forms, the server actions and the JSON routes (schema first, type inferred). */

export const Email = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "Email addresses are at most 254 characters.")
  .pipe(z.email({ error: "Enter a valid email address, like ada@example.com." }));

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export const NewPassword = z
  .string({ error: "Enter a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const Role = z.enum(["learner", "instructor"], {
  error: 'Choose "learner" or "instructor".',
});
export type Role = z.infer<typeof Role>;

export const SignUpInput = z.object({
  name: displayName({ label: "Names", required: "Enter your name.", max: 80 }),
  email: Email,
  password: NewPassword,
  role: Role.default("learner"),
});
export type SignUpInput = z.infer<typeof SignUpInput>;

export const SignInInput = z.object({
  email: Email,
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
});
export type SignInInput = z.infer<typeof SignInInput>;

const PasswordChange = z.object({
  currentPassword: z
    .string({ error: "Enter your current password." })
    .min(1, "Enter your current password.")
    .max(PASSWORD_MAX, `Passwords are at most ${PASSWORD_MAX} characters.`),
  newPassword: NewPassword,
});
const differs = (input: z.infer<typeof PasswordChange>) =>
  input.newPassword !== input.currentPassword;
const mustDiffer = {
  path: ["newPassword"],
  error: "Choose a new password that differs from your current one.",
};

/**
 * A password change: the current password proves the account holder is at the keyboard (a
 * stolen session alone cannot lock the owner out); the new one follows the sign-up rules.
 */
export const ChangePasswordInput = PasswordChange.refine(differs, mustDiffer);
export type ChangePasswordInput = z.infer<typeof ChangePasswordInput>;

/** The form asks for the new password twice: there is no reset by email to undo a typo. */
export const ChangePasswordForm = PasswordChange.extend({
  confirmPassword: z.string({ error: "Type the new password again." }),
})
  .refine(differs, mustDiffer)
  .refine((input) => input.confirmPassword === input.newPassword, {
    path: ["confirmPassword"],
    error: "The two new passwords do not match.",
  });

export const EmptyInput = z.object({}).strict();
