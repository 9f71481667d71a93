/** Ends every `switch` over a vocabulary: adding a member without handling it is a type error. */
export function assertNever(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
