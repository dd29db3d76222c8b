import { Field, ID, InterfaceType } from "type-graphql";

@InterfaceType({ description: "An object with a global id of the form `<provider>:<type>:<nativeId>`, fetchable with `node(id:)`." })
export abstract class Node {
  @Field(() => ID, { description: "Global id, e.g. `imocha:invite:2932950` or `drvn:interview:27`. Stable and safe to store." })
  id: string;
}
