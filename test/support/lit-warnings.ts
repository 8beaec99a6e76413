// Fails any test during which Lit issued a dev-mode warning (tests load Lit's development build).
// Lit records each warning it prints in `globalThis.litIssuedWarnings`; the standing "Lit is in dev mode"
// notice is the only one expected.
declare global {
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

export function litWarnings(): string[] {
  return [...(globalThis.litIssuedWarnings ?? [])].filter(
    (warning): warning is string =>
      !!warning && warning !== 'dev-mode' && !warning.includes('lit.dev/msg/dev-mode'),
  );
}

afterEach(() => {
  const warnings = litWarnings();
  for (const warning of warnings) globalThis.litIssuedWarnings?.delete(warning);
  if (warnings.length) throw new Error(`Lit warned during this test:\n${warnings.join('\n')}`);
});
