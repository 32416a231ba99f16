import type { ReactNode } from 'react';
import type { DeploymentSummary, Locale } from '../../../../contracts/index.js';
import { TableCell } from '../../../components/ui/table.js';
import { formatDateTime } from '../../../lib/format.js';

/** The first cell of a deployments table: choosing the row shows that deployment below the table. */
export function SelectRowCell({ onSelect, children }: { onSelect: () => void; children: ReactNode }) {
  return (
    <TableCell>
      <button
        type="button"
        className="font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
        onClick={onSelect}
      >
        {children}
      </button>
    </TableCell>
  );
}

/** When and by whom a deployment was asked for. */
export function CreatedCell({ deployment, language }: { deployment: DeploymentSummary; language: Locale }) {
  return (
    <TableCell className="text-muted-foreground">
      {formatDateTime(deployment.createdAt, language)} · {deployment.createdBy.label}
    </TableCell>
  );
}
