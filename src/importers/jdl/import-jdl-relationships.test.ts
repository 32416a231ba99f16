import { describe, expect, it } from 'vitest';
import { entityOf, fieldOf, importFixture, messagesOf } from '../test-support.js';

describe('JDL import: the university (all four relationship kinds, built-in User)', () => {
  const result = importFixture('university.jdl');
  const { blueprint } = result;
  const relation = (from: string, name: string) =>
    blueprint.relations.find((candidate) => candidate.from === from && candidate.name === name);

  it('maps each kind, pluralizing the sides that hold many records', () => {
    expect(relation('Enrollment', 'student')).toMatchObject({
      kind: 'belongs-to',
      to: 'Student',
      inverseName: 'enrollments',
      required: true,
    });
    expect(relation('Student', 'transcript')).toMatchObject({
      kind: 'has-one',
      to: 'Transcript',
      inverseName: 'student',
    });
    expect(relation('Department', 'courses')).toMatchObject({
      kind: 'has-many',
      to: 'Course',
      inverseName: 'department',
    });
    expect(relation('Course', 'professors')).toMatchObject({
      kind: 'many-to-many',
      to: 'Professor',
      inverseName: 'courses',
    });
    expect(relation('Professor', 'mentor')).toMatchObject({
      kind: 'belongs-to',
      to: 'Professor',
      inverseName: 'mentees',
    });
  });

  it('names an unnamed relationship after its target and reads @OnDelete', () => {
    expect(relation('Enrollment', 'course')).toMatchObject({
      to: 'Course',
      onDelete: 'cascade',
      required: true,
    });
  });

  it('uses display fields from either side', () => {
    expect(entityOf(blueprint, 'Student').displayField).toBe('fullName');
    expect(entityOf(blueprint, 'Course').displayField).toBe('title');
    expect(entityOf(blueprint, 'Department').displayField).toBe('name');
  });

  it('links `with builtInEntity` to a user-like entity under a safe name, and says so', () => {
    expect(entityOf(blueprint, 'Member')).toMatchObject({
      displayField: 'login',
      fields: [expect.objectContaining({ name: 'login', type: 'string', required: true, unique: true })],
    });
    expect(relation('Course', 'author')).toMatchObject({ kind: 'belongs-to', to: 'Member' });
    expect(messagesOf(result)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("`User` is JHipster's built-in entity"),
        expect.stringContaining('entity `User` is now `Member`'),
        expect.stringContaining('relation name `createdBy` on `Course` is now `author`'),
      ]),
    );
  });
});

describe('JDL import: application, deployment and options', () => {
  const result = importFixture('shop-application.jdl');

  it('ignores the blocks with a note each, and still reads the entities after them', () => {
    expect(result.blueprint.entities.map((entity) => entity.name)).toEqual(['Product', 'Category', 'Order']);
    expect(result.notes).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^application block `shop` ignored/),
        line: 1,
        column: 1,
      }),
    );
    expect(result.notes).toContainEqual(
      expect.objectContaining({ message: expect.stringMatching(/^deployment block ignored/), line: 15 }),
    );
  });

  it('notes each generator option as not used by WebNova', () => {
    const options = result.notes.filter((note) => note.message.includes('is a JHipster generator option'));
    expect(options.map((note) => [note.message.split('`')[1], note.line])).toEqual([
      ['dto * with mapstruct', 41],
      ['service * with serviceImpl except Category', 42],
      ['paginate Product, Order with pagination', 43],
      ['search * with elasticsearch', 44],
      ['microservice * with shop', 45],
      ['skipClient Category', 46],
      ['readOnly Category', 47],
      ['use mapstruct, serviceImpl for * except Category', 48],
    ]);
    expect(messagesOf(result)).toContainEqual(expect.stringContaining('annotation @readOnly on `Category`'));
  });

  it('treats BigDecimal prices as money', () => {
    expect(fieldOf(result.blueprint, 'Product', 'unitPrice').type).toBe('money');
  });
});
