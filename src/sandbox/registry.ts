import type { FastifyPluginAsync } from "fastify";
import type { Provider } from "../domain/enums";
import { alfaoneSimulator } from "../providers/alfaone";
import { drvnSimulator } from "../providers/drvn";
import { imochaSimulator } from "../providers/imocha";
import { xobinSimulator } from "../providers/xobin";
import type { SimulatorOptions } from "./types";

/** The built-in sandbox simulator of each provider, mounted under `/sandbox/<provider>` when it is not live. */
export const SIMULATORS: Readonly<Record<Provider, FastifyPluginAsync<SimulatorOptions>>> = {
  XOBIN: xobinSimulator,
  ALFAONE: alfaoneSimulator,
  IMOCHA: imochaSimulator,
  DRVN: drvnSimulator,
};
