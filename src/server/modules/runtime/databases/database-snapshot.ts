/** A platform's data as it was before a risky change (a redeploy whose new version migrates it). */
export interface DatabaseSnapshot {
  /** Puts the database back as it was when the snapshot was taken (absent, if it was absent). */
  restore(): Promise<void>;
  /** Forgets the copy; the database stays as it is now. */
  discard(): Promise<void>;
}
