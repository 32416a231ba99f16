import {
  LogInRequest,
  Ok,
  SessionInfo,
  SignUpRequest,
  UpdateProfileRequest,
  User,
} from '../../../contracts/index.js';
import { defineRoute, SESSION_COOKIE, type HandlerContext, type RouteDefinition } from '../../http/index.js';
import { describeSession } from './describe-session.js';
import type { IdentityDeps } from './identity-deps.js';
import { logIn } from './log-in.js';
import { logOut } from './log-out.js';
import { loginRateLimit } from './login-rate-limit.js';
import { signUp } from './sign-up.js';
import { sessionLifetimeMs, type OpenedSession } from './start-session.js';
import { updateProfile } from './update-profile.js';

/** Accounts and browser sessions: sign up, log in and out, who am I, my profile. */
export function authRoutes(deps: IdentityDeps): RouteDefinition[] {
  // Opens the session in the browser: the secret goes into an HTTP-only cookie, never into the JSON.
  const handOver = (ctx: HandlerContext, opened: OpenedSession) => {
    ctx.setCookie(SESSION_COOKIE, opened.sessionToken, { maxAgeMs: sessionLifetimeMs(deps.config) });
    return opened.info;
  };
  const signedInAs = (result: SessionInfo) => ({ id: result.user.id, label: result.user.email });

  return [
    defineRoute({
      method: 'post',
      path: '/api/auth/signup',
      summary:
        'Create an account and its first tenant, and sign in; the first account becomes the ROOT_OWNER',
      tag: 'auth',
      access: 'public',
      body: SignUpRequest,
      response: SessionInfo,
      status: 201,
      audit: {
        action: 'auth.signup',
        resource: (_input, result) => `user:${result?.user.id ?? 'new'}`,
        actorOf: signedInAs,
      },
      handler: async (ctx, { body }) => handOver(ctx, await signUp(ctx.tx, deps, body, ctx.client)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/login',
      summary: 'Sign in with email and password; sets the session cookie',
      tag: 'auth',
      access: 'public',
      body: LogInRequest,
      response: SessionInfo,
      middleware: [loginRateLimit(deps.config.loginAttemptsPer15Min)],
      audit: {
        action: 'auth.login',
        resource: ({ body }) => `user:${body?.email ?? 'unknown'}`,
        actorOf: signedInAs,
      },
      handler: async (ctx, { body }) => handOver(ctx, await logIn(ctx.tx, deps, body)),
    }),
    defineRoute({
      method: 'post',
      path: '/api/auth/logout',
      summary: 'End the current session and clear its cookie',
      tag: 'auth',
      access: 'user',
      response: Ok,
      audit: { action: 'auth.logout', resource: () => 'session' },
      handler: async (ctx) => {
        const result = await logOut(ctx.tx, ctx.authentication);
        ctx.clearCookie(SESSION_COOKIE);
        return result;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/auth/session',
      summary: 'Who is signed in, their tenants, and the CSRF token for writes',
      tag: 'auth',
      access: 'user',
      response: SessionInfo,
      handler: ({ tx, authentication }) => describeSession(tx, deps, authentication),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/auth/profile',
      summary: 'Change your display name or language',
      tag: 'auth',
      access: 'user',
      body: UpdateProfileRequest,
      response: User,
      audit: { action: 'user.update_profile', resource: (_input, result) => `user:${result?.id ?? 'self'}` },
      handler: ({ tx, actor }, { body }) => updateProfile(tx, actor.userId, body),
    }),
  ];
}
