/** Part of the generated stylesheet: The app shell: header, navigation and content area. */
export const shellStyles = `/* Shell */
.shell {
  display: grid;
  grid-template-columns: 15rem 1fr;
  grid-template-rows: auto 1fr;
  min-block-size: 100vh;
}

.topbar {
  grid-column: 1 / -1;
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--space);
  padding: 0.75rem var(--space);
  background: var(--surface);
  border-block-end: 1px solid var(--border);
}

.brand {
  font-weight: 700;
  font-size: 1.125rem;
  color: var(--text);
  text-decoration: none;
}

.topbar-end {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.75rem;
  margin-inline-start: auto;
}

.preferences {
  display: flex;
  gap: 0.5rem;
}

.preferences select {
  inline-size: auto;
}

.menu-button {
  display: none;
}

.menu {
  padding: var(--space);
  background: var(--surface);
  border-inline-end: 1px solid var(--border);
}

.menu ul {
  margin: 0 0 var(--space);
  padding: 0;
  list-style: none;
}

.menu a {
  display: block;
  padding: 0.5rem 0.75rem;
  border-radius: var(--radius);
  color: var(--text);
  text-decoration: none;
}

.menu a[aria-current='page'] {
  background: var(--accent);
  color: var(--accent-text);
}

.menu-heading {
  margin: 0 0 0.25rem;
  font-size: 0.8rem;
  text-transform: uppercase;
  color: var(--muted);
}

.content {
  padding: calc(var(--space) * 1.5);
  min-inline-size: 0;
}

.content:focus {
  outline: none;
}

`;
