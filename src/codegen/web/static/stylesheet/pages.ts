/** Part of the generated stylesheet: Lists, tables, forms and detail pages. */
export const pageStyles = `/* Pages */
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

`;
