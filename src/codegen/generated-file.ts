/** One file of a generated project: a path relative to the project root and its full text. */
export interface GeneratedFile {
  path: string;
  content: string;
}
