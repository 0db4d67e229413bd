import { z } from "zod";
import { contract } from "./http";

/**
 * The account endpoints' answers. Their request schemas live in lib/auth/schemas, shared with the
 * sign-in forms and the server actions, so these contracts carry only the response.
 */

/** The signed-in person as every auth endpoint and /api/me describe them. */
export const SessionUserView = z.object({
  id: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  role: z.enum(["learner", "instructor"]),
  isGuest: z.boolean(),
});
export type SessionUserView = z.infer<typeof SessionUserView>;

export const UserBody = z.object({ user: SessionUserView });

/** A guest start when someone is already signed in answers who that is (null: nobody). */
export const GuestBody = z.object({ user: SessionUserView.nullable() });

export const authContracts = {
  signUp: contract({
    method: "POST",
    path: "/api/auth/sign-up",
    request: null,
    response: UserBody,
  }),
  signIn: contract({
    method: "POST",
    path: "/api/auth/sign-in",
    request: null,
    response: UserBody,
  }),
  guest: contract({ method: "POST", path: "/api/auth/guest", request: null, response: GuestBody }),
  password: contract({
    method: "POST",
    path: "/api/auth/password",
    request: null,
    response: UserBody,
  }),
  signOut: contract({ method: "POST", path: "/api/auth/sign-out", request: null, response: null }),
  me: contract({ method: "GET", path: "/api/me", request: null, response: UserBody }),
};
