const warned = new Set<string>();

/**
 * Tells the webmaster about a mistake in the console, once per distinct message, so a setting that is
 * wrong on every render does not flood the console. `details` (an error, say) follow the message.
 */
export function warnOnce(message: string, ...details: unknown[]): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`news-widgets: ${message}`, ...details);
}
