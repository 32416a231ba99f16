import { describe, expect, it } from 'vitest';
import { guessDataClass, guessDomain, looksLikeMoney, refineStringType } from './guesses.js';

describe('looksLikeMoney', () => {
  it.each(['price', 'unitPrice', 'totalAmount', 'cost', 'shippingFee', 'salary', 'balance'])(
    '%s is money',
    (name) => {
      expect(looksLikeMoney(name)).toBe(true);
    },
  );

  it.each(['weight', 'rating', 'latitude', 'priceless'])('%s is not', (name) => {
    expect(looksLikeMoney(name)).toBe(false);
  });
});

describe('guessDataClass', () => {
  it.each([
    ['email', 'Invoice', 'personal'],
    ['homeAddress', 'Order', 'personal'],
    ['mobilePhone', 'Branch', 'personal'],
    ['lastName', 'Book', 'personal'],
    ['name', 'Patient', 'personal'],
    ['name', 'Product', 'none'],
    ['passwordHash', 'Account', 'secret'],
    ['apiKey', 'Integration', 'secret'],
    ['cardNumber', 'Payment', 'payment-card'],
    ['diagnosis', 'Visit', 'health'],
    ['title', 'Book', 'none'],
  ] as const)('%s on %s is %s', (field, entity, dataClass) => {
    expect(guessDataClass(field, entity)).toBe(dataClass);
  });
});

describe('refineStringType', () => {
  it.each([
    ['email', 'email'],
    ['contactEmail', 'email'],
    ['phone', 'phone'],
    ['phoneNumber', 'phone'],
    ['website', 'url'],
    ['homepageUrl', 'url'],
    ['emailVerifiedNote', 'string'],
    ['title', 'string'],
  ] as const)('%s → %s', (name, type) => {
    expect(refineStringType(name)).toBe(type);
  });
});

describe('guessDomain', () => {
  it.each([
    [['Patient', 'Doctor', 'Appointment'], 'healthcare'],
    [['Student', 'Course', 'Enrollment'], 'education'],
    [['Product', 'Order', 'Customer'], 'commerce'],
    [['BankAccount', 'Transaction', 'Loan'], 'financial'],
    [['Employee', 'Timesheet', 'Project'], 'enterprise'],
    [['Citizen', 'Permit'], 'government'],
    [['Widget', 'Gadget'], 'other'],
  ] as const)('%j → %s', (names, domain) => {
    expect(guessDomain(names)).toBe(domain);
  });
});
