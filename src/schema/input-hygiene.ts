import {
  getNullableType,
  isNonNullType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import { InputError } from "../domain/errors";
import { reportError } from "../domain/errors";

/** C0 controls (NUL, line breaks, escape…), DEL and C1 controls: never meaningful in a name, email, id or key. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** The path of the first string inside `value` that holds a control character, or undefined. */
function findControl(value: unknown, path: string[]): string[] | undefined {
  if (typeof value === "string") return CONTROL.test(value) ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findControl(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === "object" && !(value instanceof Date)) {
    for (const [key, v] of Object.entries(value)) {
      const found = findControl(v, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function refusal(field: string[]): InputError {
  return new InputError(field, `${field.join(".")} must not contain control characters (such as NUL, line breaks or escape)`);
}

/**
 * Refuses control characters in every string argument of every query and mutation, in one place, before any
 * resolver runs, naming the field. Mutation fields are named within their `input` (as all mutation input errors
 * are) and answered in `userErrors` where the payload allows it; otherwise, and for queries, the field gets a
 * GraphQL error with code INVALID_INPUT. Federation's own `_entities`/`_service` are left to their resolvers.
 */
export function refuseControlCharacters(schema: GraphQLSchema): void {
  const raise = (field: string[]) => {
    throw refusal(field);
  };
  wrapRootFields(schema.getQueryType(), () => raise);
  wrapRootFields(schema.getMutationType(), (payload) =>
    answersInUserErrors(payload) ? (field) => ({ userErrors: [reportError(refusal(field))] }) : raise,
  );
}

/** Whether a payload type can be answered with only `userErrors` (all its other fields nullable). */
function answersInUserErrors(type: GraphQLOutputType): boolean {
  const payload = getNullableType(type);
  if (!isObjectType(payload)) return false;
  const fields = Object.values(payload.getFields());
  return fields.some((f) => f.name === "userErrors") && fields.every((f) => f.name === "userErrors" || !isNonNullType(f.type));
}

type Refuse = (field: string[]) => unknown;

function wrapRootFields(type: GraphQLObjectType | null | undefined, refuseFor: (returnType: GraphQLOutputType) => Refuse): void {
  for (const field of Object.values(type?.getFields() ?? {})) {
    if (field.name.startsWith("_") || !field.resolve || field.args.length === 0) continue;
    const resolve: GraphQLFieldResolver<unknown, unknown> = field.resolve;
    const refuse = refuseFor(field.type);
    field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
      const { input, ...rest } = args;
      const found = findControl(input, []) ?? findControl(rest, []);
      return found ? refuse(found) : resolve(source, args, ctx, info);
    };
  }
}
