/** Part of the generated stylesheet: Colours for light and dark, type, and the controls every page uses. */
export const baseStyles = `/*
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

`;
