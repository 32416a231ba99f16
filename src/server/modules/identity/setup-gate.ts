import { AppError, secretsEqual } from '../../../kernel/index.js';

/** Who is trying to create the installation's first account (its ROOT_OWNER), and with what. */
export interface OwnerSetupAttempt {
  isLocal: boolean;
  providedToken: string | undefined;
  /** The setup token of this installation, or null when none was prepared. */
  expectedToken: string | null;
}

/**
 * The first account owns the whole installation, so whoever reaches a fresh server over the network
 * must not win it by being quick: it needs the server's own machine or the token from its log.
 */
export function mayBecomeOwner(attempt: OwnerSetupAttempt): boolean {
  if (attempt.isLocal) return true;
  const { providedToken, expectedToken } = attempt;
  return providedToken !== undefined && expectedToken !== null && secretsEqual(providedToken, expectedToken);
}

export function assertMayBecomeOwner(attempt: OwnerSetupAttempt, via: 'sign-up' | 'owner-create'): void {
  if (mayBecomeOwner(attempt)) return;
  const wrongToken = attempt.providedToken !== undefined;
  const ways =
    via === 'sign-up'
      ? "Sign up in a browser on the server's own machine, or send the setup token printed in the server log as `setupToken`."
      : 'Run `webnova owner create` on the server itself, or pass the setup token printed in the server log with `--setup-token <token>`.';
  throw new AppError(
    'forbidden',
    wrongToken
      ? 'The setup token is not right, so this account cannot become the owner of this installation'
      : "This installation has no owner yet: its first account can only be created from the server's own machine or with the setup token",
    { hint: ways },
  );
}

/** The setup token this process accepts, set once at startup while the installation has no owner. */
export interface SetupTokenHolder {
  current(): string | null;
  set(token: string | null): void;
}

export function createSetupTokenHolder(initial: string | null): SetupTokenHolder {
  let token = initial;
  return {
    current: () => token,
    set: (next) => {
      token = next;
    },
  };
}
