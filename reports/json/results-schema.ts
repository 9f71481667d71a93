import schema from './results.schema.json' with { type: 'json' };

/** The JSON Schema of results.json (draft 2020-12), the checked-in file itself. */
export const RESULTS_SCHEMA: Readonly<Record<string, unknown>> = schema;
