/** Where platforms keep their data, and what a platform is told about its own database. */

/** WebNova's embedded PGlite directories, or a PostgreSQL server WebNova administers. */
export type DatabaseHost =
  | {
      kind: 'embedded';
      rootDir: string;
      /** The empty database each new platform's directory is copied from; `<rootDir>/.template` by default. */
      templateDir?: string;
    }
  | { kind: 'postgres'; adminUrl: string };

export interface PlatformDatabase {
  kind: 'pglite' | 'postgres';
  /** For the platform's environment: DATA_DIR=<absolute dir>, or DATABASE_URL with its own role. */
  env: Record<string, string>;
  /** Says which database it is, for people and logs: never holds a secret. */
  label: string;
}

export interface ProvisionRequest {
  platformId: string;
  /** The platform role's password (PostgreSQL only); set again on every provisioning. */
  password: string;
}
