import { describe, expect, it } from 'vitest';
import {
  isReservedEntityName,
  isReservedIdentifier,
  reservedEntityReason,
  reservedFieldReason,
  reservedPropertyReason,
  saferEntityNames,
  saferMemberNames,
} from './reserved.js';

describe('reserved member names', () => {
  it('refuses names whose column is a PostgreSQL reserved word', () => {
    expect(reservedFieldReason('order')).toEqual({ kind: 'postgresql', identifier: 'order' });
    expect(reservedFieldReason('currentDate')).toEqual({ kind: 'postgresql', identifier: 'current_date' });
  });

  it('refuses TypeScript reserved words and the generated system fields', () => {
    expect(reservedFieldReason('class')).toEqual({ kind: 'typescript', identifier: 'class' });
    expect(reservedFieldReason('constructor')?.kind).toBe('typescript');
    expect(reservedFieldReason('createdAt')?.kind).toBe('system');
    expect(reservedFieldReason('tenantId')?.kind).toBe('system');
    expect(reservedFieldReason('id')?.kind).toBe('system');
  });

  it('accepts ordinary names, including ones that only contain a reserved word', () => {
    for (const name of ['orderNumber', 'sortOrder', 'status', 'fullName', 'date', 'groupName']) {
      expect(isReservedIdentifier(name)).toBe(false);
    }
  });

  it('checks properties (relations, inverses) without their column', () => {
    expect(reservedPropertyReason('order')).toBeUndefined();
    expect(reservedPropertyReason('default')?.kind).toBe('typescript');
  });

  it('offers safe alternatives', () => {
    expect(saferMemberNames('order')).toEqual(['orderNumber', 'sortOrder']);
    expect(saferMemberNames('select', 'Product')).toEqual(['productSelect', 'selectValue']);
    for (const name of saferMemberNames('limit')) expect(isReservedIdentifier(name)).toBe(false);
  });
});

describe('reserved entity names', () => {
  it('refuses generated infrastructure, in any spelling that makes the same table', () => {
    expect(reservedEntityReason('User')?.kind).toBe('infrastructure');
    expect(reservedEntityReason('Users')?.kind).toBe('infrastructure');
    expect(reservedEntityReason('AuditLog')?.kind).toBe('infrastructure');
    expect(reservedEntityReason('Session')?.kind).toBe('infrastructure');
  });

  it('refuses TypeScript globals', () => {
    for (const name of ['Date', 'Object', 'Promise', 'Error', 'Record']) {
      expect(reservedEntityReason(name)?.kind).toBe('typescript-global');
    }
  });

  it('allows common entities whose generated identifiers are safe', () => {
    for (const name of ['Order', 'Group', 'Patient', 'Event', 'Document', 'Account', 'Member']) {
      expect(isReservedEntityName(name)).toBe(false);
    }
  });

  it('offers safe alternatives', () => {
    expect(saferEntityNames('User')).toEqual(['Member', 'Account']);
    expect(saferEntityNames('Promise')).toEqual(['PromiseRecord', 'PromiseItem']);
  });
});
