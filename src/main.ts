import "reflect-metadata";
import { ConfigError, loadConfig } from "./config";
import { buildApp } from "./server/app";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`hiregraph: ${err.message}`);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp(config);
  await app.server.listen({ port: config.port, host: config.host });
  const modes = [...app.registry.values()].map((a) => `${a.provider}=${a.mode}`).join(" ");
  app.server.log.info({ providers: Object.fromEntries([...app.registry.values()].map((a) => [a.provider, a.mode])) }, `hiregraph ready on ${app.url()}/graphql (${modes})`);

  const shutdown = async (signal: string) => {
    app.server.log.info(`${signal} received, draining in-flight requests`);
    await app.server.close();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  console.error("hiregraph failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
