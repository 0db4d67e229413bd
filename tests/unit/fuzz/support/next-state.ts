// Stand-ins for the Next request APIs the app calls (cookies(), headers(), redirect(),
// notFound(), revalidatePath()), so route handlers and server actions run in-process. Test
// files install them with vi.mock(..., () => import("./support/next-state").then(...)).

/** What Next throws for redirect() and notFound(): control flow, never an error for the user. */
export class NextSignal extends Error {
  constructor(readonly digest: string) {
    super(digest);
  }
}

interface RequestState {
  cookies: Map<string, string>;
  headers: Headers;
}

let current: RequestState = { cookies: new Map(), headers: new Headers() };

/** Makes the next calls see this cookie jar and these headers, as if one request arrived. */
export function beginRequest(cookies: Record<string, string>, headers: Headers): void {
  current = { cookies: new Map(Object.entries(cookies)), headers };
}

export function currentCookies(): ReadonlyMap<string, string> {
  return current.cookies;
}

const cookieJar = () => ({
  get: (name: string) => {
    const value = current.cookies.get(name);
    return value === undefined ? undefined : { name, value };
  },
  has: (name: string) => current.cookies.has(name),
  getAll: () => [...current.cookies].map(([name, value]) => ({ name, value })),
  set: (name: string, value: string) => {
    current.cookies.set(name, value);
  },
  delete: (name: string) => {
    current.cookies.delete(name);
  },
});

export const nextHeaders = {
  cookies: () => Promise.resolve(cookieJar()),
  headers: () => Promise.resolve(current.headers),
};

export const nextNavigation = {
  redirect: (url: string): never => {
    throw new NextSignal(`NEXT_REDIRECT;replace;${url};307;`);
  },
  permanentRedirect: (url: string): never => {
    throw new NextSignal(`NEXT_REDIRECT;replace;${url};308;`);
  },
  notFound: (): never => {
    throw new NextSignal("NEXT_HTTP_ERROR_FALLBACK;404");
  },
};

export const nextCache = {
  revalidatePath: () => undefined,
  revalidateTag: () => undefined,
};

/**
 * lib/env caches the environment of its first call, but the suites switch databases (SQLite,
 * then PostgreSQL) in one process: read it afresh so DATABASE_URL names the current one.
 */
export async function freshEnvModule(importOriginal: () => Promise<typeof import("@/lib/env")>) {
  const actual = await importOriginal();
  return { ...actual, env: () => actual.parseEnv(process.env) };
}
