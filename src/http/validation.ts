import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { problem, type FieldError } from './problem.js';

/** Turns zod issues into field errors with dotted paths (`feature.capabilities[2]`). */
export function fieldErrors(error: ZodError): FieldError[] {
  return error.issues.map((issue) => {
    let field = '';
    for (const p of issue.path) field += typeof p === 'number' ? `[${p}]` : field ? `.${String(p)}` : String(p);
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys?: string[] }).keys ?? [];
      return { field: keys.map((k) => (field ? `${field}.${k}` : k)).join(', ') || field || '(body)', message: 'is not a known field' };
    }
    return { field: field || '(body)', message: issue.message };
  });
}

/** The validators' hook: any invalid part of a request is a 422 problem naming each field. */
export function validationHook(result: { success: boolean; error?: unknown; target?: string }, c: Context) {
  if (!result.success) {
    const errors = fieldErrors(result.error as ZodError);
    const first = errors[0];
    return problem(c, 422, first ? `${first.field}: ${first.message}` : 'The request is not valid.', errors);
  }
  return undefined;
}
