import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  BlueprintVersionDetail,
  type BlueprintInput,
  type RenameHints,
} from '../../../../contracts/index.js';
import { api } from '../../../lib/api-client.js';
import { tenantScopeKey } from '../../../lib/query-keys.js';

export interface BlueprintEdit {
  blueprint: BlueprintInput;
  basedOn: number;
  /** Fields renamed in the form, so the new version's diff shows renames instead of drops and adds. */
  renames?: RenameHints;
}

export function saveEdit(
  tenantId: string,
  platformId: string,
  edit: BlueprintEdit,
): Promise<BlueprintVersionDetail> {
  return api.post(`/api/platforms/${platformId}/versions`, BlueprintVersionDetail, { body: edit, tenantId });
}

/** Saves a hand edit as a new version; a Blueprint with problems comes back as a 422 (see problem-placement). */
export function useSaveEdit(tenantId: string, platformId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (edit: BlueprintEdit) => saveEdit(tenantId, platformId, edit),
    // The platform list, the chat and the audit log show the new version too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tenantScopeKey(tenantId) }),
  });
}
