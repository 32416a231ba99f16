import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type AugmentedRequest } from 'express-rate-limit';
import { AppError } from '../../../kernel/index.js';

const WINDOW_MS = 15 * 60_000;

/**
 * Slows password guessing: `attempts` failed logins per address and email per 15 minutes. Keyed on both,
 * so one attacker cannot lock a person out from everywhere, and one address cannot try many accounts
 * fast without each being counted. Successful logins do not count. The window runs on wall-clock time,
 * not the injected clock: the limiter's store keeps its own timers.
 */
export function loginRateLimit(attempts: number): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // ipKeyGenerator groups IPv6 addresses by /56, so rotating through one's own block does not help.
    keyGenerator: (req) => `${ipKeyGenerator(req.ip ?? 'unknown')}|${emailOf(req.body)}`,
    handler: (req, _res, next) => {
      const resetTime = (req as AugmentedRequest).rateLimit?.resetTime;
      next(
        new AppError('rate_limited', 'Too many failed logins for this email from your address', {
          hint: resetTime
            ? `Try again after ${resetTime.toISOString()} (in about ${minutesUntil(resetTime)} minutes).`
            : 'Try again in 15 minutes.',
          details: { retryAfter: resetTime?.toISOString() ?? null },
        }),
      );
    },
  });
}

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase() : '';
}

function minutesUntil(time: Date): number {
  return Math.max(1, Math.ceil((time.getTime() - Date.now()) / 60_000));
}
