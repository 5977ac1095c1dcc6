// Library errors for the page: its message (English, with the field path), shown beside a sentence in
// the page's language that names the field.
import { isCsPolicyError } from '@jmas/cs-policy';

export function messageOf(error: unknown): string {
  if (isCsPolicyError(error)) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
