/**
 * next-auth configuration: email + password (Credentials) with JWT sessions. The token carries only
 * the account id and the sign-in time; everything else is reloaded per request (lib/auth/viewer.ts).
 */
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { z } from 'zod';
import { recordSignOut, verifyCredentials } from '@/lib/dal/sign-in';
import { now } from '@/lib/clock';
import { getAuthSecret } from './secret';
import { routes } from '@/lib/routes';
import { siteUrl } from '@/lib/env';

// next-auth builds its URLs and picks Secure cookies from NEXTAUTH_URL: the public origin.
process.env.NEXTAUTH_URL ??= siteUrl();

declare module 'next-auth' {
  interface Session {
    user: { id: string; name?: string | null; email?: string | null };
    authAt: number;
  }
}
declare module 'next-auth/jwt' {
  interface JWT {
    authAt?: number;
  }
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().max(320),
  password: z.string().max(1000),
});

/**
 * The address sign-in failures are counted against. The last X-Forwarded-For entry is the one the
 * nearest hop added: Next.js fills it from the socket when it is absent, and a reverse proxy
 * (nginx, Caddy) appends the peer it saw. Earlier entries are whatever the client sent, so they
 * are never used: a client could otherwise name a new address on every attempt.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.['x-forwarded-for'];
  const last = typeof forwarded === 'string' ? forwarded.split(',').at(-1)?.trim() : undefined;
  return last || 'local';
}

let options: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  options ??= {
    secret: getAuthSecret(),
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    // A garbage or expired cookie is an everyday event, not a crash: one short line, no stack
    // trace (next-auth's default prints the whole error on every request that carries it).
    logger: {
      error(code, metadata) {
        const error = metadata instanceof Error ? metadata : metadata?.error;
        console.warn(`auth: ${code}${error?.message ? `: ${error.message.slice(0, 120)}` : ''}`);
      },
      warn(code) {
        console.warn(`auth: ${code}`);
      },
      debug() {},
    },
    pages: { signIn: routes.login(), error: routes.login() },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
        async authorize(credentials, req) {
          const parsed = credentialsSchema.safeParse(credentials);
          if (!parsed.success) throw new Error('invalid');
          const result = await verifyCredentials(parsed.data.email, parsed.data.password, clientIp(req?.headers));
          if (!result.ok) throw new Error(result.reason === 'locked' ? `locked:${result.retryAfterMinutes}` : 'invalid');
          return { id: String(result.user.id), name: result.user.name, email: result.user.email };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // Same clock as the sessions-valid-after instants it is compared with (lib/dal/identity.ts).
        if (user) token.authAt = now().getTime();
        return token;
      },
      async session({ session, token }) {
        session.user = { id: token.sub ?? '', name: token.name, email: token.email };
        session.authAt = token.authAt ?? 0;
        return session;
      },
    },
    events: {
      async signOut({ token }) {
        const id = Number(token?.sub);
        const authAt = Number(token?.authAt);
        if (Number.isInteger(id) && Number.isFinite(authAt)) await recordSignOut(id, authAt);
      },
    },
  };
  return options;
}
