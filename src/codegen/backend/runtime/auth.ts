import { code } from '../../code.js';
import type { GeneratedFile } from '../../generated-file.js';
import type { CodegenModel } from '../../model/index.js';
import { sourceFile } from '../source-file.js';

export function authFiles(model: CodegenModel): GeneratedFile[] {
  return [
    sourceFile(
      model,
      'src/server/auth/passwords.ts',
      code`
        import { hash, verify } from '@node-rs/argon2';

        /** argon2id (the library's default algorithm) with its recommended memory and time costs. */
        export function hashPassword(password: string): Promise<string> {
          return hash(password);
        }

        export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
          return verify(passwordHash, password);
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/auth/sessions.ts',
      code`
        import { createHash, randomBytes } from 'node:crypto';
        import { and, eq, gt, sql } from 'drizzle-orm';
        import type { Db } from '../db/client.js';
        import { sessions, users } from '../db/schema/index.js';

        const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;

        /** Only the token's hash is stored, so a copy of the database cannot be used to sign in. */
        function tokenHash(token: string): string {
          return createHash('sha256').update(token).digest('hex');
        }

        export async function createSession(db: Db, userId: string): Promise<string> {
          const token = randomBytes(32).toString('base64url');
          const expiresAt = new Date(Date.now() + SESSION_LIFETIME_MS);
          await db.insert(sessions).values({ userId, tokenHash: tokenHash(token), expiresAt });
          return token;
        }

        function prepareUserLookup(db: Db) {
          return db
            .select({ id: users.id, email: users.email, name: users.name, roles: users.roles })
            .from(sessions)
            .innerJoin(users, eq(users.id, sessions.userId))
            .where(
              and(
                eq(sessions.tokenHash, sql.placeholder('tokenHash')),
                gt(sessions.expiresAt, sql.placeholder('now')),
              ),
            )
            .prepare('user_of_token');
        }

        /** Prepared once per database: every request runs it, and Drizzle then skips rebuilding its SQL. */
        const userLookups = new WeakMap<Db, ReturnType<typeof prepareUserLookup>>();

        export async function userOfToken(db: Db, token: string) {
          let lookup = userLookups.get(db);
          if (!lookup) {
            lookup = prepareUserLookup(db);
            userLookups.set(db, lookup);
          }
          const [row] = await lookup.execute({ tokenHash: tokenHash(token), now: new Date().toISOString() });
          return row;
        }

        export async function endSession(db: Db, token: string): Promise<void> {
          await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash(token)));
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/auth/permissions.ts',
      code`
        import {
          rolePermissions,
          type CrudAction,
          type EntityPermissions,
          type Scope,
        } from '../../shared/blueprint.js';
        import { forbidden } from '../http/problem.js';

        export interface CurrentUser {
          id: string;
          email: string;
          name: string;
          roles: string[];
        }

        const BROADER: Record<Scope, number> = { own: 1, all: 2 };

        /** Merged permissions per set of roles: every request asks, and the Blueprint's roles never change at run time. */
        const permissionsByRoles = new Map<string, Record<string, EntityPermissions>>();

        /** A user's permissions over every entity: the broadest scope any of their roles (or inherited roles) grants. */
        export function permissionsOf(roles: readonly string[]): Record<string, EntityPermissions> {
          const key = [...roles].sort().join(' ');
          let merged = permissionsByRoles.get(key);
          if (!merged) {
            merged = mergePermissions(roles);
            permissionsByRoles.set(key, merged);
          }
          return merged;
        }

        function mergePermissions(roles: readonly string[]): Record<string, EntityPermissions> {
          const merged: Record<string, EntityPermissions> = {};
          for (const role of roles) {
            for (const [resource, permissions] of Object.entries(rolePermissions[role] ?? {})) {
              const into = (merged[resource] ??= { create: null, read: null, update: null, delete: null });
              for (const action of ['create', 'read', 'update', 'delete'] as const) {
                const scope = permissions[action];
                const current = into[action];
                if (scope && (!current || BROADER[scope] > BROADER[current])) into[action] = scope;
              }
            }
          }
          return merged;
        }

        /** The scope the user has for the action, or a 403 naming what is missing. */
        export function requirePermission(user: CurrentUser, resource: string, action: CrudAction): Scope {
          const scope = permissionsOf(user.roles)[resource]?.[action];
          if (!scope) {
            const roles = user.roles.join(', ');
            throw forbidden(
              \`Your roles (\${roles}) may not \${action} \${resource}. Ask an administrator for a role that may.\`,
            );
          }
          return scope;
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/auth/authenticate.ts',
      code`
        import type { Request, RequestHandler } from 'express';
        import type { Db } from '../db/client.js';
        import { unauthorized } from '../http/problem.js';
        import type { CurrentUser } from './permissions.js';
        import { userOfToken } from './sessions.js';

        const usersOfRequests = new WeakMap<Request, CurrentUser>();

        export function bearerToken(req: Request): string | undefined {
          const match = /^Bearer (.+)$/.exec(req.get('authorization') ?? '');
          return match?.[1];
        }

        /** Resolves the caller from the Bearer token; routes then call userOf(req). */
        export function authenticate(db: Db): RequestHandler {
          return async (req, _res, next) => {
            const token = bearerToken(req);
            if (token) {
              const user = await userOfToken(db, token);
              if (user) usersOfRequests.set(req, user);
            }
            next();
          };
        }

        export function userOf(req: Request): CurrentUser {
          const user = usersOfRequests.get(req);
          if (!user) {
            throw unauthorized('Sign in first: POST /api/auth/login, then send Authorization: Bearer <token>.');
          }
          return user;
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/auth/auth-routes.ts',
      code`
        import { eq } from 'drizzle-orm';
        import { Router } from 'express';
        import { z } from 'zod';
        import type { Db } from '../db/client.js';
        import { users } from '../db/schema/index.js';
        import { unauthorized, validationProblem } from '../http/problem.js';
        import { bearerToken, userOf } from './authenticate.js';
        import { verifyPassword } from './passwords.js';
        import { permissionsOf } from './permissions.js';
        import { createSession, endSession } from './sessions.js';

        const loginSchema = z.strictObject({ email: z.email(), password: z.string().min(1).max(1000) });

        export function authRoutes(db: Db): Router {
          const router = Router();

          router.post('/login', async (req, res) => {
            const parsed = loginSchema.safeParse(req.body);
            if (!parsed.success) throw validationProblem(parsed.error);
            const [user] = await db.select().from(users).where(eq(users.email, parsed.data.email.toLowerCase()));
            const valid = user ? await verifyPassword(user.passwordHash, parsed.data.password) : false;
            if (!user || !valid) throw unauthorized('The email or password is wrong.');
            res.json({ token: await createSession(db, user.id) });
          });

          router.post('/logout', async (req, res) => {
            userOf(req);
            const token = bearerToken(req);
            if (token) await endSession(db, token);
            res.status(204).end();
          });

          router.get('/me', (req, res) => {
            const user = userOf(req);
            res.json({ ...user, permissions: permissionsOf(user.roles) });
          });

          return router;
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/auth/user-routes.ts',
      code`
        import { asc } from 'drizzle-orm';
        import { Router } from 'express';
        import { z } from 'zod';
        import { administratorRoles, roleNames } from '../../shared/blueprint.js';
        import type { Db } from '../db/client.js';
        import { users } from '../db/schema/index.js';
        import { forbidden, validationProblem } from '../http/problem.js';
        import { userOf } from './authenticate.js';
        import { hashPassword } from './passwords.js';

        const newUserSchema = z.strictObject({
          email: z.email(),
          name: z.string().trim().min(1).max(200),
          password: z.string().min(12).max(1000),
          roles: z.array(z.enum(roleNames)).min(1),
        });

        const publicColumns = { id: users.id, email: users.email, name: users.name, roles: users.roles };

        /** Administrators manage the platform's users. */
        export function userRoutes(db: Db): Router {
          const router = Router();

          router.use((req, _res, next) => {
            const user = userOf(req);
            if (!user.roles.some((role) => administratorRoles.includes(role))) {
              throw forbidden('Only administrators manage users.');
            }
            next();
          });

          router.get('/', async (_req, res) => {
            res.json({ items: await db.select(publicColumns).from(users).orderBy(asc(users.email)) });
          });

          router.post('/', async (req, res) => {
            const parsed = newUserSchema.safeParse(req.body);
            if (!parsed.success) throw validationProblem(parsed.error);
            const { password, ...rest } = parsed.data;
            const [created] = await db
              .insert(users)
              .values({ ...rest, email: rest.email.toLowerCase(), passwordHash: await hashPassword(password) })
              .returning(publicColumns);
            res.status(201).json(created);
          });

          return router;
        }
      `,
    ),
    sourceFile(
      model,
      'src/server/auth/bootstrap-administrator.ts',
      code`
        import { randomBytes } from 'node:crypto';
        import { count } from 'drizzle-orm';
        import { firstUserRole } from '../../shared/blueprint.js';
        import type { Db } from '../db/client.js';
        import { users } from '../db/schema/index.js';
        import { hashPassword } from './passwords.js';

        /**
         * Creates the first administrator when there are no users yet. Returns the password only when it
         * was generated, so the caller can print it once.
         */
        export async function bootstrapAdministrator(
          db: Db,
          email: string,
          password: string | undefined,
        ): Promise<{ email: string; generatedPassword: string | undefined } | undefined> {
          const [existing] = await db.select({ total: count() }).from(users);
          if ((existing?.total ?? 0) > 0) return undefined;
          const chosen = password ?? randomBytes(18).toString('base64url');
          await db.insert(users).values({
            email: email.toLowerCase(),
            name: 'Administrator',
            passwordHash: await hashPassword(chosen),
            roles: [firstUserRole],
          });
          return { email, generatedPassword: password ? undefined : chosen };
        }
      `,
    ),
  ];
}
