/** The generated web app's stylesheet (one file, so it is kept whole): the same for every Blueprint. */
import type { StaticSource } from './static-source.js';

export const stylesheetSource: StaticSource[] = [
  {
    path: 'web/src/styles.css',
    body: `/*
 * One hand-written stylesheet. Colours are custom properties with a light and a dark set; layout uses
 * logical properties (inline/block, start/end), so dir="rtl" mirrors the page with no extra rules.
 */
:root {
  color-scheme: light;
  --background: #f7f8fa;
  --surface: #ffffff;
  --text: #1b1f24;
  --muted: #5b6470;
  --border: #d5dae1;
  --accent: #1d5fd1;
  --accent-text: #ffffff;
  --danger: #b42318;
  --danger-text: #ffffff;
  --focus: #f59e0b;
  --radius: 8px;
  --space: 1rem;
  font-family: system-ui, 'Segoe UI', Tahoma, 'Noto Sans Arabic', sans-serif;
  line-height: 1.5;
}

:root[data-theme='dark'] {
  color-scheme: dark;
  --background: #111418;
  --surface: #1b2027;
  --text: #e8eaed;
  --muted: #a2abb7;
  --border: #343b46;
  --accent: #6ea2ff;
  --accent-text: #0b1220;
  --danger: #ff7b72;
  --danger-text: #1b0604;
}

@media (prefers-color-scheme: dark) {
  :root:not([data-theme='light']) {
    color-scheme: dark;
    --background: #111418;
    --surface: #1b2027;
    --text: #e8eaed;
    --muted: #a2abb7;
    --border: #343b46;
    --accent: #6ea2ff;
    --accent-text: #0b1220;
    --danger: #ff7b72;
    --danger-text: #1b0604;
  }
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

body {
  margin: 0;
  background: var(--background);
  color: var(--text);
}

a {
  color: var(--accent);
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

.visually-hidden {
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
}

.skip-link {
  position: absolute;
  inset-inline-start: var(--space);
  inset-block-start: -4rem;
  padding: 0.5rem 1rem;
  background: var(--surface);
  z-index: 10;
}

.skip-link:focus {
  inset-block-start: var(--space);
}

input,
select,
textarea,
button {
  font: inherit;
  color: inherit;
}

input:not([type='checkbox']),
select,
textarea {
  inline-size: 100%;
  padding: 0.5rem 0.75rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
}

[aria-invalid='true'] {
  border-color: var(--danger);
}

.monospace {
  font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
}

.button {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  padding: 0.5rem 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
  text-decoration: none;
  color: var(--text);
  cursor: pointer;
}

.button:disabled {
  opacity: 0.6;
  cursor: not-allowed;
}

.button.primary {
  background: var(--accent);
  border-color: var(--accent);
  color: var(--accent-text);
}

.button.danger {
  background: var(--danger);
  border-color: var(--danger);
  color: var(--danger-text);
}

.link-button {
  padding: 0;
  border: none;
  background: none;
  color: var(--accent);
  text-decoration: underline;
  cursor: pointer;
}

.actions {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
}

/* Shell */
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

/* Pages */
.page-header {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: var(--space);
}

.toolbar {
  margin-block: var(--space);
  max-inline-size: 24rem;
}

.form-error,
.field-error {
  color: var(--danger);
}

.hint {
  color: var(--muted);
  font-size: 0.875rem;
}

.table-scroll {
  overflow-x: auto;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
}

.data-table {
  inline-size: 100%;
  border-collapse: collapse;
}

.data-table th,
.data-table td {
  padding: 0.5rem 0.75rem;
  text-align: start;
  border-block-end: 1px solid var(--border);
  white-space: nowrap;
}

.sort-button {
  padding: 0;
  border: none;
  background: none;
  font-weight: 600;
  cursor: pointer;
}

.pagination {
  display: flex;
  align-items: center;
  justify-content: space-between;
  gap: var(--space);
  margin-block: var(--space);
}

.details {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
  gap: var(--space);
  padding: var(--space);
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
}

.details dt {
  color: var(--muted);
  font-size: 0.875rem;
}

.details dd {
  margin: 0;
  overflow-wrap: anywhere;
  white-space: pre-wrap;
}

.linked + .linked::before {
  content: ', ';
}

.related {
  margin-block-start: calc(var(--space) * 2);
}

.related-items {
  padding-inline-start: 1.25rem;
}

.entity-form {
  display: grid;
  gap: var(--space);
  max-inline-size: 40rem;
}

.field {
  display: grid;
  gap: 0.25rem;
}

.field label {
  font-weight: 600;
}

.field-checkbox {
  grid-template-columns: auto 1fr;
  align-items: center;
}

.field-checkbox label {
  grid-column: 2;
  grid-row: 1;
}

.field-checkbox .field-error {
  grid-column: 1 / -1;
}

.picker-search {
  margin-block-end: 0.25rem;
}

.cards {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
  gap: var(--space);
  padding: 0;
  list-style: none;
}

.card a {
  display: grid;
  gap: 0.25rem;
  padding: var(--space);
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  color: var(--text);
  text-decoration: none;
}

.card-count {
  font-size: 2rem;
  font-weight: 700;
}

.dialog {
  max-inline-size: min(28rem, calc(100vw - 2rem));
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
  color: var(--text);
}

.dialog::backdrop {
  background: rgb(0 0 0 / 45%);
}

.login {
  display: grid;
  place-items: center;
  min-block-size: 100vh;
  padding: var(--space);
}

.login-card {
  display: grid;
  gap: var(--space);
  inline-size: min(24rem, 100%);
  padding: calc(var(--space) * 1.5);
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
}

.login-card form {
  display: grid;
  gap: var(--space);
}

.loading-screen {
  padding: var(--space);
}

/* Narrow screens (phones down to 375 px): the menu becomes a toggle; tables scroll sideways. */
@media (max-width: 48rem) {
  .shell {
    grid-template-columns: 1fr;
  }

  .menu-button {
    display: inline-flex;
  }

  .menu {
    display: none;
    border-inline-end: none;
    border-block-end: 1px solid var(--border);
  }

  .menu.open {
    display: block;
  }

  .topbar-end {
    inline-size: 100%;
    margin-inline-start: 0;
  }

  .content {
    padding: var(--space);
  }
}
`,
  },
];
