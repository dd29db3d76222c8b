import { Field, ID, InterfaceType } from "type-graphql";
import { entityKindOf } from "../../domain/ids";
import { EVENT_ID_PREFIX } from "../../domain/ids";

/** The GraphQL type of a Node value, from its id: values are plain objects, so there is no class to look at. */
export function nodeTypeName(value: { id: string }): string | undefined {
  if (value.id.startsWith(EVENT_ID_PREFIX)) return "InviteEvent";
  return entityKindOf(value.id);
}

@InterfaceType({
  description: "An object with a global id of the form `<provider>:<type>:<nativeId>`, fetchable with `node(id:)`.",
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID, { description: "Global id, e.g. `imocha:invite:2932950` or `drvn:interview:27`. Stable and safe to store." })
  id: string;
}
