import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { projectRoot } from '../project-root.ts';

/**
 * Validates a dossier against the shared JSON Schema (draft 2020-12). The schema lives in ../shared beside the
 * repository; `schemaPath` overrides it.
 */
export function loadDossierValidator(schemaPath = path.resolve(projectRoot(import.meta.dirname), '..', 'shared', 'dossier.schema.json')) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  const validate = ajv.compile(schema);
  return (data: unknown): { valid: boolean; errors: string[] } => {
    const valid = validate(data) as boolean;
    return { valid, errors: (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
  };
}
