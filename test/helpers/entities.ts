import { entityKindOf, type EntityKind } from "../../src/domain/ids";

/**
 * Asserts that a mapper's output is the plain domain object of the given kind: its global id names that kind (which
 * is how the GraphQL `Node` interface resolves it) and it is plain data, so it survives JSON (the record, Redis).
 */
export function expectEntity(value: unknown, kind: EntityKind): void {
  expect(value).toEqual(expect.objectContaining({ id: expect.any(String) }));
  expect(entityKindOf((value as { id: string }).id)).toBe(kind);
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
}
