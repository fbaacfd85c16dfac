// A thin wrapper over openapi-fetch: the types come from src/schema.d.ts, generated from docs/openapi.json
// (npm run generate); nothing here is written by hand per operation.
import createClient, { type Middleware } from "openapi-fetch";
import type { components, operations, paths } from "./schema.js";

export type { components, operations, paths };
export type Schemas = components["schemas"];

/** How the client signs its requests: a staff or volunteer token, or a partner system's API key. */
export interface Credentials {
  /** Access token from logIn (sent as a bearer token). */
  token?: string;
  /** A partner's key (sent as X-Api-Key). */
  apiKey?: string;
}

/** An RFC 9457 problem answer, thrown by {@link unwrap}: the rule's `type`, the `detail`, the `traceId` and field errors. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly type: string | undefined,
    readonly title: string | undefined,
    readonly detail: string | undefined,
    readonly traceId: string | undefined,
    readonly errors: Record<string, string[]>,
  ) {
    super(detail ?? title ?? `HTTP ${status}`);
    this.name = "ApiProblem";
  }
}

/** A client for the Volunteers API at `baseUrl` (e.g. https://api.volunteers.example.kz). */
export function createVolunteersClient(baseUrl: string, credentials: Credentials = {}) {
  const client = createClient<paths>({ baseUrl });
  const signing: Middleware = {
    onRequest({ request }) {
      if (credentials.token) request.headers.set("Authorization", `Bearer ${credentials.token}`);
      if (credentials.apiKey) request.headers.set("X-Api-Key", credentials.apiKey);
      return request;
    },
  };
  client.use(signing);
  return client;
}

export type VolunteersClient = ReturnType<typeof createVolunteersClient>;

/** The data of a successful answer, or an {@link ApiProblem} thrown for a problem answer. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok && error === undefined) return data as T;
  const problem = (error ?? {}) as Record<string, unknown>;
  throw new ApiProblem(
    response.status,
    typeof problem.type === "string" ? problem.type : undefined,
    typeof problem.title === "string" ? problem.title : undefined,
    typeof problem.detail === "string" ? problem.detail : undefined,
    typeof problem.traceId === "string" ? problem.traceId : undefined,
    (problem.errors ?? {}) as Record<string, string[]>,
  );
}
