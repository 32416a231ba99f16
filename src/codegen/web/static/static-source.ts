/** A generated file whose text is the same for every Blueprint, apart from the header naming it. */
export interface StaticSource {
  /** Relative to the generated project's root, e.g. `web/src/lib/api.ts`. */
  path: string;
  body: string;
  /** The user's file (under web/custom/): written once, never overwritten, so it has no do-not-edit header. */
  owned?: boolean;
}
