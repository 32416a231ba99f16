import type { BlueprintInput, FieldInput, RelationKind } from '../../contracts/index.js';

/* Short builders: 22 entities written out in full would hide the shape of the model. */
const en = (text: string) => ({ en: text });
const field = (name: string, label: string, type: FieldInput['type'], extra: Partial<FieldInput> = {}) => ({
  name,
  label: en(label),
  type,
  ...extra,
});
const required = { required: true };
const title = (maxLength = 120) => field('title', 'Title', 'string', { required: true, maxLength });
const entity = (name: string, plural: string, fields: FieldInput[]) => ({
  name,
  label: en(name.replace(/([a-z])([A-Z])/g, '$1 $2')),
  pluralLabel: en(plural),
  fields,
});
const relation = (
  from: string,
  name: string,
  kind: RelationKind,
  to: string,
  inverseName: string,
  extra: { required?: boolean; onDelete?: 'restrict' | 'cascade' | 'set-null' } = {},
) => ({ from, name, kind, to, inverseName, ...extra });
const crud = (entityName: string, scope: 'all' | 'own' = 'all') => ({
  entity: entityName,
  actions: ['create' as const, 'read' as const, 'update' as const, 'delete' as const],
  scope,
});

const ENTITIES = [
  entity('Company', 'Companies', [
    field('legalName', 'Legal name', 'string', { ...required, unique: true, maxLength: 160 }),
    field('registrationNumber', 'Registration number', 'string', { minLength: 8, maxLength: 12 }),
    field('website', 'Website', 'url'),
  ]),
  entity('Department', 'Departments', [
    title(),
    field('costCenter', 'Cost center', 'string', { maxLength: 10 }),
  ]),
  entity('Office', 'Offices', [
    field('city', 'City', 'string', { ...required, maxLength: 80 }),
    field('address', 'Address', 'text', { maxLength: 400 }),
    field('capacity', 'Desks', 'integer', { min: 1, max: 2000 }),
  ]),
  entity('Employee', 'Employees', [
    field('fullName', 'Full name', 'string', { ...required, maxLength: 120, dataClass: 'personal' }),
    field('workEmail', 'Work email', 'email', { ...required, unique: true, dataClass: 'personal' }),
    field('phone', 'Phone', 'phone', { dataClass: 'personal' }),
    field('hiredOn', 'Hired on', 'date', required),
    field('salary', 'Salary', 'money', { currency: 'EUR', min: 0, dataClass: 'secret' }),
    field('medicalNotes', 'Medical notes', 'text', { dataClass: 'health' }),
    field('active', 'Active', 'boolean', { default: true }),
  ]),
  entity('JobTitle', 'Job titles', [title(80), field('grade', 'Grade', 'integer', { min: 1, max: 12 })]),
  entity('Skill', 'Skills', [field('name', 'Name', 'string', { ...required, unique: true, maxLength: 60 })]),
  entity('Project', 'Projects', [
    title(),
    field('code', 'Code', 'string', { ...required, unique: true, minLength: 4, maxLength: 10 }),
    field('budget', 'Budget', 'money', { currency: 'EUR', min: 0 }),
    field('status', 'Status', 'enum', {
      ...required,
      default: 'planned',
      values: [{ value: 'planned' }, { value: 'active' }, { value: 'on_hold' }, { value: 'done' }],
    }),
    field('startsOn', 'Starts on', 'date'),
  ]),
  entity('Milestone', 'Milestones', [title(), field('dueOn', 'Due on', 'date', required)]),
  entity('WorkItem', 'Work items', [
    title(200),
    field('description', 'Description', 'text'),
    field('estimateHours', 'Estimate (hours)', 'decimal', { min: 0, max: 500 }),
    field('priority', 'Priority', 'enum', {
      values: [{ value: 'low' }, { value: 'normal' }, { value: 'urgent' }],
    }),
  ]),
  entity('Timesheet', 'Timesheets', [
    field('workedOn', 'Worked on', 'date', required),
    field('hours', 'Hours', 'decimal', { ...required, min: 0, max: 24 }),
    field('note', 'Note', 'string', { maxLength: 200 }),
  ]),
  entity('LeaveRequest', 'Leave requests', [
    field('startsOn', 'Starts on', 'date', required),
    field('endsOn', 'Ends on', 'date', required),
    field('kind', 'Kind', 'enum', {
      ...required,
      values: [{ value: 'annual' }, { value: 'sick' }, { value: 'unpaid' }],
    }),
    field('approved', 'Approved', 'boolean', { default: false }),
  ]),
  entity('Customer', 'Customers', [
    field('name', 'Name', 'string', { ...required, maxLength: 120 }),
    field('vatNumber', 'VAT number', 'string', { unique: true, maxLength: 14 }),
    field('segment', 'Segment', 'enum', {
      values: [{ value: 'smb' }, { value: 'enterprise' }, { value: 'public' }],
    }),
  ]),
  entity('Contact', 'Contacts', [
    field('fullName', 'Full name', 'string', { ...required, dataClass: 'personal' }),
    field('email', 'Email', 'email', { dataClass: 'personal' }),
    field('phone', 'Phone', 'phone', { dataClass: 'personal' }),
  ]),
  entity('Supplier', 'Suppliers', [
    field('name', 'Name', 'string', { ...required, unique: true, maxLength: 120 }),
    field('paymentCard', 'Company card', 'string', { dataClass: 'payment-card' }),
    field('rating', 'Rating', 'integer', { min: 1, max: 5 }),
  ]),
  entity('Product', 'Products', [
    field('sku', 'SKU', 'string', { ...required, unique: true, minLength: 6, maxLength: 12 }),
    field('name', 'Name', 'string', { ...required, maxLength: 120 }),
    field('unitPrice', 'Unit price', 'money', { ...required, currency: 'EUR', min: 0 }),
    field('specs', 'Specifications', 'json'),
    field('datasheet', 'Datasheet', 'file'),
  ]),
  entity('Warehouse', 'Warehouses', [
    field('name', 'Name', 'string', { ...required, unique: true, maxLength: 80 }),
  ]),
  entity('StockLevel', 'Stock levels', [
    field('quantity', 'Quantity', 'integer', { ...required, min: 0 }),
    field('countedAt', 'Counted at', 'datetime'),
  ]),
  entity('PurchaseOrder', 'Purchase orders', [
    field('number', 'Number', 'string', { ...required, unique: true, maxLength: 16 }),
    field('orderedAt', 'Ordered at', 'datetime', required),
    field('total', 'Total', 'money', { currency: 'EUR', min: 0 }),
  ]),
  entity('SalesOrder', 'Sales orders', [
    field('number', 'Number', 'string', { ...required, unique: true, maxLength: 16 }),
    field('orderedAt', 'Ordered at', 'datetime', required),
    field('status', 'Status', 'enum', {
      ...required,
      default: 'draft',
      values: [{ value: 'draft' }, { value: 'confirmed' }, { value: 'invoiced' }],
    }),
  ]),
  entity('OrderLine', 'Order lines', [
    field('quantity', 'Quantity', 'integer', { ...required, min: 1, max: 10000 }),
    field('unitPrice', 'Unit price', 'money', { ...required, currency: 'EUR', min: 0 }),
  ]),
  entity('Invoice', 'Invoices', [
    field('number', 'Number', 'string', { ...required, unique: true, maxLength: 16 }),
    field('issuedOn', 'Issued on', 'date', required),
    field('amount', 'Amount', 'money', { ...required, currency: 'EUR', min: 0 }),
    field('paid', 'Paid', 'boolean', { default: false }),
  ]),
  entity('Asset', 'Assets', [
    field('tag', 'Asset tag', 'string', { ...required, unique: true, maxLength: 20 }),
    field('model', 'Model', 'string', { maxLength: 120 }),
    field('purchasedOn', 'Purchased on', 'date'),
  ]),
];

/**
 * A mid-size company's operations (enterprise, English, GDPR, 22 entities): the big fixture. It has
 * every relation kind, a self-relation (an employee's manager), several relations between the same two
 * entities (a project's owner and sponsor, a work item's assignee and reviewer), a deep role hierarchy
 * and "own" scope on timesheets and leave. Written for the generator's end-to-end tests.
 */
export const enterpriseOperationsBlueprint: BlueprintInput = {
  schemaVersion: 1,
  name: 'Northwind Operations',
  slug: 'northwind-operations',
  description: 'People, projects, sales and purchasing for a manufacturer with offices across Europe.',
  domain: 'enterprise',
  locales: ['en'],
  defaultLocale: 'en',
  entities: ENTITIES.map((item) => ({
    ...item,
    ...(item.fields.some((candidate) => candidate.name === 'number') ? { displayField: 'number' } : {}),
  })),
  relations: [
    relation('Company', 'departments', 'has-many', 'Department', 'company', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('Company', 'offices', 'has-many', 'Office', 'company', { onDelete: 'cascade' }),
    relation('Employee', 'department', 'belongs-to', 'Department', 'employees', { onDelete: 'set-null' }),
    relation('Employee', 'office', 'belongs-to', 'Office', 'staff'),
    relation('Employee', 'manager', 'belongs-to', 'Employee', 'reports', { onDelete: 'set-null' }),
    relation('Employee', 'jobTitle', 'belongs-to', 'JobTitle', 'holders'),
    relation('Employee', 'skills', 'many-to-many', 'Skill', 'employees'),
    relation('Employee', 'laptop', 'has-one', 'Asset', 'assignedTo', { onDelete: 'set-null' }),
    relation('Project', 'projectLead', 'belongs-to', 'Employee', 'ledProjects', { required: true }),
    relation('Project', 'sponsor', 'belongs-to', 'Employee', 'sponsoredProjects', { onDelete: 'set-null' }),
    relation('Project', 'members', 'many-to-many', 'Employee', 'projects'),
    relation('Project', 'customer', 'belongs-to', 'Customer', 'projects'),
    relation('Project', 'milestones', 'has-many', 'Milestone', 'project', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('WorkItem', 'project', 'belongs-to', 'Project', 'workItems', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('WorkItem', 'assignee', 'belongs-to', 'Employee', 'assignedWork', { onDelete: 'set-null' }),
    relation('WorkItem', 'reviewer', 'belongs-to', 'Employee', 'reviewedWork', { onDelete: 'set-null' }),
    relation('WorkItem', 'blockedBy', 'many-to-many', 'WorkItem', 'blocks'),
    relation('Timesheet', 'employee', 'belongs-to', 'Employee', 'timesheets', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('Timesheet', 'workItem', 'belongs-to', 'WorkItem', 'timesheets', { onDelete: 'set-null' }),
    relation('LeaveRequest', 'employee', 'belongs-to', 'Employee', 'leaveRequests', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('Contact', 'customer', 'belongs-to', 'Customer', 'contacts', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('Customer', 'accountManager', 'belongs-to', 'Employee', 'accounts', { onDelete: 'set-null' }),
    relation('Product', 'supplier', 'belongs-to', 'Supplier', 'products'),
    relation('StockLevel', 'product', 'belongs-to', 'Product', 'stockLevels', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('StockLevel', 'warehouse', 'belongs-to', 'Warehouse', 'stockLevels', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('PurchaseOrder', 'supplier', 'belongs-to', 'Supplier', 'purchaseOrders', { required: true }),
    relation('SalesOrder', 'customer', 'belongs-to', 'Customer', 'salesOrders', { required: true }),
    relation('SalesOrder', 'lines', 'has-many', 'OrderLine', 'salesOrder', {
      required: true,
      onDelete: 'cascade',
    }),
    relation('OrderLine', 'product', 'belongs-to', 'Product', 'orderLines', { required: true }),
    relation('SalesOrder', 'invoice', 'has-one', 'Invoice', 'salesOrder', { onDelete: 'set-null' }),
    relation('Invoice', 'customer', 'belongs-to', 'Customer', 'invoices', { required: true }),
  ],
  roles: [
    {
      name: 'administrator',
      label: en('Administrator'),
      administrator: true,
      inherits: ['operationsManager', 'hrPartner'],
      permissions: ENTITIES.map((item) => crud(item.name)),
    },
    {
      name: 'operationsManager',
      label: en('Operations manager'),
      inherits: ['staff'],
      permissions: ['Project', 'Milestone', 'WorkItem', 'Customer', 'Contact', 'SalesOrder', 'OrderLine'].map(
        (name) => crud(name),
      ),
    },
    {
      name: 'hrPartner',
      label: en('HR partner'),
      inherits: ['staff'],
      permissions: [crud('Employee'), crud('LeaveRequest'), crud('Timesheet'), crud('Skill')],
    },
    {
      name: 'staff',
      label: en('Staff'),
      permissions: [
        { entity: 'Employee', actions: ['read'] },
        { entity: 'Project', actions: ['read'] },
        { entity: 'WorkItem', actions: ['read', 'update'] },
        crud('Timesheet', 'own'),
        { entity: 'LeaveRequest', actions: ['create'] },
        { entity: 'LeaveRequest', actions: ['read', 'update'], scope: 'own' },
      ],
    },
  ],
  pages: [
    { name: 'home', title: en('Home'), kind: 'dashboard', path: '/' },
    { name: 'projects', title: en('Projects'), kind: 'entity-list', entity: 'Project', path: '/projects' },
    {
      name: 'employees',
      title: en('Employees'),
      kind: 'entity-list',
      entity: 'Employee',
      path: '/employees',
    },
    {
      name: 'orders',
      title: en('Sales orders'),
      kind: 'entity-list',
      entity: 'SalesOrder',
      path: '/sales-orders',
    },
  ],
  navigation: [
    { page: 'home' },
    { page: 'projects', group: en('Work') },
    { page: 'employees', group: en('People') },
    { page: 'orders', group: en('Sales') },
  ],
  compliance: ['GDPR'],
  deployment: { targets: ['local', 'docker'], dataResidency: 'EU' },
};
