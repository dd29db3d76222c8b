import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed client operations from the emitted SDL (schema/schema.graphql): the example operations in
 * examples/operations, and the example dashboard's operations (written inline with its `graphql()` function).
 * Works offline: the schema is a local file.
 */
const clientPreset = {
  preset: "client",
  presetConfig: { fragmentMasking: false },
  config: { scalars: { DateTime: "string" }, enumsAsTypes: true, useTypeImports: true },
} as const;

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  generates: {
    "examples/__generated__/": { ...clientPreset, documents: ["examples/operations/*.graphql"] },
    "examples/dashboard/src/__generated__/": {
      ...clientPreset,
      documents: ["examples/dashboard/src/**/*.{ts,tsx}", "!examples/dashboard/src/__generated__/**"],
    },
  },
  ignoreNoDocuments: false,
};

export default config;
