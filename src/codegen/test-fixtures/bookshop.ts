import type { BlueprintInput } from '../../contracts/index.js';

/**
 * A small online bookshop (commerce, GDPR): written for the generator's tests to cover what the clinic
 * does not: every field type, has-one, has-many, many-to-many, set-null, payment-card and secret
 * data, and a role that reads only its own records.
 */
export const bookshopBlueprint: BlueprintInput = {
  schemaVersion: 1,
  name: 'Corner Bookshop',
  slug: 'corner-bookshop',
  description: 'Books, authors, customers and orders for an independent bookshop in Lisbon.',
  domain: 'commerce',
  locales: ['en'],
  defaultLocale: 'en',
  entities: [
    {
      name: 'Author',
      label: { en: 'Author' },
      pluralLabel: { en: 'Authors' },
      fields: [
        { name: 'name', label: { en: 'Name' }, type: 'string', required: true, maxLength: 120 },
        { name: 'website', label: { en: 'Website' }, type: 'url' },
        { name: 'biography', label: { en: 'Biography' }, type: 'text', maxLength: 5000 },
      ],
    },
    {
      name: 'Book',
      label: { en: 'Book' },
      pluralLabel: { en: 'Books' },
      displayField: 'title',
      fields: [
        { name: 'title', label: { en: 'Title' }, type: 'string', required: true, maxLength: 200 },
        { name: 'isbn', label: { en: 'ISBN' }, type: 'string', unique: true, minLength: 13, maxLength: 13 },
        { name: 'price', label: { en: 'Price' }, type: 'money', required: true, currency: 'EUR', min: 0 },
        { name: 'weightKg', label: { en: 'Weight (kg)' }, type: 'decimal', min: 0 },
        { name: 'stock', label: { en: 'Stock' }, type: 'integer', min: 0, default: 0 },
        { name: 'inPrint', label: { en: 'In print' }, type: 'boolean', default: true },
        { name: 'publishedOn', label: { en: 'Published on' }, type: 'date' },
        { name: 'details', label: { en: 'Details' }, type: 'json' },
        { name: 'cover', label: { en: 'Cover' }, type: 'file' },
      ],
    },
    {
      name: 'Genre',
      label: { en: 'Genre' },
      pluralLabel: { en: 'Genres' },
      fields: [
        {
          name: 'title',
          label: { en: 'Title' },
          type: 'string',
          required: true,
          unique: true,
          maxLength: 60,
        },
      ],
    },
    {
      name: 'Customer',
      label: { en: 'Customer' },
      pluralLabel: { en: 'Customers' },
      displayField: 'email',
      fields: [
        {
          name: 'fullName',
          label: { en: 'Full name' },
          type: 'string',
          required: true,
          dataClass: 'personal',
        },
        {
          name: 'email',
          label: { en: 'Email' },
          type: 'email',
          required: true,
          unique: true,
          dataClass: 'personal',
        },
        { name: 'phone', label: { en: 'Phone' }, type: 'phone', dataClass: 'personal' },
        { name: 'cardNumber', label: { en: 'Card number' }, type: 'string', dataClass: 'payment-card' },
        { name: 'loyaltyCode', label: { en: 'Loyalty code' }, type: 'string', dataClass: 'secret' },
      ],
    },
    {
      name: 'Wishlist',
      label: { en: 'Wishlist' },
      pluralLabel: { en: 'Wishlists' },
      fields: [{ name: 'note', label: { en: 'Note' }, type: 'string', maxLength: 200 }],
    },
    {
      name: 'Order',
      label: { en: 'Order' },
      pluralLabel: { en: 'Orders' },
      displayField: 'reference',
      fields: [
        {
          name: 'reference',
          label: { en: 'Reference' },
          type: 'string',
          required: true,
          unique: true,
          maxLength: 20,
        },
        { name: 'placedAt', label: { en: 'Placed at' }, type: 'datetime', required: true },
        {
          name: 'status',
          label: { en: 'Status' },
          type: 'enum',
          required: true,
          default: 'open',
          values: [{ value: 'open' }, { value: 'paid' }, { value: 'shipped' }],
        },
        { name: 'total', label: { en: 'Total' }, type: 'money', currency: 'EUR', min: 0 },
      ],
    },
  ],
  relations: [
    {
      name: 'author',
      kind: 'belongs-to',
      from: 'Book',
      to: 'Author',
      inverseName: 'books',
      onDelete: 'set-null',
    },
    { name: 'genres', kind: 'many-to-many', from: 'Book', to: 'Genre', inverseName: 'books' },
    {
      name: 'orders',
      kind: 'has-many',
      from: 'Customer',
      to: 'Order',
      inverseName: 'customer',
      required: true,
      onDelete: 'restrict',
    },
    {
      name: 'wishlist',
      kind: 'has-one',
      from: 'Customer',
      to: 'Wishlist',
      inverseName: 'owner',
      onDelete: 'set-null',
    },
  ],
  roles: [
    {
      name: 'manager',
      label: { en: 'Manager' },
      administrator: true,
      inherits: ['clerk'],
      permissions: [
        { entity: 'Author', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'Book', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'Genre', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'Customer', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'Wishlist', actions: ['create', 'read', 'update', 'delete'] },
        { entity: 'Order', actions: ['read', 'update', 'delete'] },
      ],
    },
    {
      name: 'clerk',
      label: { en: 'Clerk' },
      permissions: [
        { entity: 'Book', actions: ['read'] },
        { entity: 'Author', actions: ['read'] },
        { entity: 'Genre', actions: ['read'] },
        { entity: 'Customer', actions: ['read', 'create'] },
        { entity: 'Order', actions: ['create'] },
        { entity: 'Order', actions: ['read', 'update'], scope: 'own' },
      ],
    },
  ],
  pages: [
    { name: 'books', title: { en: 'Books' }, kind: 'entity-list', entity: 'Book', path: '/books' },
    { name: 'orders', title: { en: 'Orders' }, kind: 'entity-list', entity: 'Order', path: '/orders' },
  ],
  navigation: [{ page: 'books' }, { page: 'orders' }],
  compliance: ['GDPR', 'PCI-DSS'],
  deployment: { targets: ['local', 'docker'], dataResidency: 'EU' },
};
