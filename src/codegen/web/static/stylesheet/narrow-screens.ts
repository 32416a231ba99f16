/** Part of the generated stylesheet: Phones down to 375 px. */
export const narrowScreenStyles = `/* Narrow screens (phones down to 375 px): the menu becomes a toggle; tables scroll sideways. */
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
`;
