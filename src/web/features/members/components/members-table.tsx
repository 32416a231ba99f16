import { Trash2, Users } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../contracts/index.js';
import { EmptyState } from '../../../components/empty-state.js';
import { ProblemAlert } from '../../../components/problem-alert.js';
import { InitialsAvatar } from '../../../components/ui/avatar.js';
import { Badge } from '../../../components/ui/badge.js';
import { Button } from '../../../components/ui/button.js';
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from '../../../components/ui/table.js';
import { formatDate } from '../../../lib/format.js';
import { useLanguage } from '../../../i18n/language.js';
import { useChangeMemberRole } from '../api/change-member-role.js';
import { RemoveMemberDialog } from './remove-member-dialog.js';
import { RoleSelect } from './role-select.js';

interface MembersTableProps {
  tenantId: string;
  members: Member[];
  currentUserId: string;
  canManage: boolean;
}

export function MembersTable({ tenantId, members, currentUserId, canManage }: MembersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const changeRole = useChangeMemberRole(tenantId);
  const [removing, setRemoving] = useState<Member | null>(null);

  if (members.length === 0) {
    return (
      <EmptyState icon={Users} title={t('members.emptyTitle')} description={t('members.emptyDescription')} />
    );
  }
  return (
    <div className="grid gap-4">
      {changeRole.isError ? <ProblemAlert error={changeRole.error} /> : null}
      <Table>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>{t('members.columns.member')}</TableHead>
            <TableHead className="w-48">{t('members.columns.role')}</TableHead>
            <TableHead>{t('members.columns.joined')}</TableHead>
            {canManage ? (
              <TableHead className="w-16">
                <span className="sr-only">{t('common.actions')}</span>
              </TableHead>
            ) : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {members.map((member) => {
            const isSelf = member.userId === currentUserId;
            return (
              <TableRow key={member.id}>
                <TableCell>
                  <div className="flex items-center gap-3">
                    <InitialsAvatar name={member.displayName} />
                    <div className="grid min-w-0">
                      <span className="flex items-center gap-2 font-medium">
                        <span dir="auto">{member.displayName}</span>
                        {isSelf ? <Badge variant="muted">{t('members.you')}</Badge> : null}
                      </span>
                      <span className="truncate text-xs text-muted-foreground">{member.email}</span>
                    </div>
                  </div>
                </TableCell>
                <TableCell>
                  {canManage && !isSelf ? (
                    <RoleSelect
                      value={member.role}
                      aria-label={t('members.roleFor', { name: member.displayName })}
                      disabled={changeRole.isPending}
                      onValueChange={(role) => changeRole.mutate({ memberId: member.id, role })}
                    />
                  ) : (
                    <Badge variant="outline">{t(`roles.${member.role}`)}</Badge>
                  )}
                </TableCell>
                <TableCell className="text-muted-foreground">
                  {formatDate(member.createdAt, language)}
                </TableCell>
                {canManage ? (
                  <TableCell className="text-end">
                    {isSelf ? null : (
                      <Button
                        variant="ghost"
                        size="icon"
                        aria-label={t('members.remove', { name: member.displayName })}
                        onClick={() => setRemoving(member)}
                      >
                        <Trash2 className="text-muted-foreground" />
                      </Button>
                    )}
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <RemoveMemberDialog tenantId={tenantId} member={removing} onClose={() => setRemoving(null)} />
    </div>
  );
}
