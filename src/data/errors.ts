// What a caught value says, in words a person can read: one place for the `instanceof Error`
// dance. Nothing of ours is imported here, so any layer can use it.

/**
 * An Error's message led by its name when the name says more than "Error"
 * ("QuotaExceededError: The quota has been exceeded."); anything else thrown, as a string. For a
 * failure shown on its own (storage, an uncaught error), where the kind of failure is the news.
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error)
    return error.name === 'Error' ? error.message : `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * An Error's message alone; anything else thrown, as a string. For the detail after a sentence
 * that already says what failed ("not valid JSON: Unexpected token …").
 */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
