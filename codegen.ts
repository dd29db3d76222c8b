import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed client operations from the emitted SDL (schema/schema.graphql) and the example operations in
 * examples/operations. Works offline: the schema is a local file.
 */
const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["examples/operations/*.graphql"],
  generates: {
    "examples/__generated__/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: { scalars: { DateTime: "string" }, enumsAsTypes: true, useTypeImports: true },
    },
  },
  ignoreNoDocuments: false,
};

export default config;
